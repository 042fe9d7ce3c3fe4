import torch


def synthetic_data(w, b, num_examples):
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


torch.manual_seed(0)
true_w, true_b = torch.tensor([2, -3.4]), 4.2
features, labels = synthetic_data(true_w, true_b, 1000)

# 解析解：给 X 补一列 1，偏置就成了第 3 个权重
A = torch.cat([features, torch.ones(1000, 1)], dim=1)
w_normal = torch.linalg.solve(A.T @ A, A.T @ labels)  # 解正规方程 A^T A w = A^T y
w_lstsq = torch.linalg.lstsq(A, labels).solution  # 直接求最小二乘解
print("解析解（solve）：", [round(v, 4) for v in w_normal.reshape(-1).tolist()])
print("解析解（lstsq）：", [round(v, 4) for v in w_lstsq.reshape(-1).tolist()])

# 小批量随机梯度下降：批量 10，学习率 0.03，3 个迭代周期
w = torch.normal(0, 0.01, size=(3, 1), requires_grad=True)
for epoch in range(3):
    indices = torch.randperm(1000)
    for i in range(0, 1000, 10):
        batch = indices[i : i + 10]
        loss = ((A[batch] @ w - labels[batch]) ** 2 / 2).sum()
        loss.backward()
        with torch.no_grad():
            w -= 0.03 * w.grad / 10
            w.grad.zero_()
w_sgd = w.detach()
print("随机梯度下降：  ", [round(v, 4) for v in w_sgd.reshape(-1).tolist()])
print(f"两者之差的最大绝对值：{(w_sgd - w_lstsq).abs().max():.4f}")


def mean_loss(w):
    return ((A @ w - labels) ** 2 / 2).mean().item()


print(f"平均损失：解析解 {mean_loss(w_lstsq):.4g}，随机梯度下降 {mean_loss(w_sgd):.4g}")
