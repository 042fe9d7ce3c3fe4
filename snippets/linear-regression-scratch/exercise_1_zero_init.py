import torch


def synthetic_data(w, b, num_examples):
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


torch.manual_seed(0)
true_w, true_b = torch.tensor([2, -3.4]), 4.2
features, labels = synthetic_data(true_w, true_b, 1000)

w = torch.zeros(2, 1, requires_grad=True)  # 权重初始化为 0
b = torch.zeros(1, requires_grad=True)
((features[:10] @ w + b - labels[:10]) ** 2 / 2).sum().backward()
print("第一步的梯度：", w.grad.reshape(-1), "两个分量不同")
w.grad.zero_()
b.grad.zero_()

for epoch in range(3):
    indices = torch.randperm(1000)
    for i in range(0, 1000, 10):
        X, y = features[indices[i : i + 10]], labels[indices[i : i + 10]]
        ((X @ w + b - y) ** 2 / 2).sum().backward()
        with torch.no_grad():
            for param in (w, b):
                param -= 0.03 * param.grad / 10
                param.grad.zero_()
print(
    "w 的估计误差：", [round(v, 4) for v in (true_w - w.detach().reshape(-1)).tolist()]
)
print("b 的估计误差：", round(true_b - b.item(), 4))
