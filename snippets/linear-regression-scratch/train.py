import torch


def synthetic_data(w, b, num_examples):
    """生成 y = Xw + b + 噪声，噪声的标准差为 0.01。"""
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


def data_iter(batch_size, features, labels):
    """每个迭代周期打乱一次样本顺序，再按顺序切成小批量。"""
    num_examples = len(features)
    indices = torch.randperm(num_examples)
    for i in range(0, num_examples, batch_size):
        batch_indices = indices[i : i + batch_size]
        yield features[batch_indices], labels[batch_indices]


def linreg(X, w, b):
    """线性回归模型。"""
    return X @ w + b


def squared_loss(y_hat, y):
    """每个样本的平方损失 (y_hat - y)^2 / 2，形状与 y_hat 相同。"""
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    """小批量随机梯度下降：梯度是小批量损失之和的梯度，所以除以 batch_size。"""
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()


torch.manual_seed(0)  # 数据、初始化、打乱顺序都由它决定
true_w = torch.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 1000)

w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)

lr, num_epochs, batch_size = 0.03, 3, 10
for epoch in range(num_epochs):
    for X, y in data_iter(batch_size, features, labels):
        l = squared_loss(linreg(X, w, b), y)  # 形状 (10, 1)：每个样本一个损失
        l.sum().backward()
        sgd([w, b], lr, batch_size)
    with torch.no_grad():
        train_l = squared_loss(linreg(features, w, b), labels)
    print(f"epoch {epoch + 1}, loss {train_l.mean():f}")

w_hat, b_hat = w.detach().reshape(-1), b.detach()
print(
    "学到的 w：", [round(v, 4) for v in w_hat.tolist()], "b：", round(b_hat.item(), 4)
)
print("w 的估计误差：", [round(v, 4) for v in (true_w - w_hat).tolist()])
print("b 的估计误差：", round(true_b - b_hat.item(), 4))

# 对照：这 1000 个样本上平均损失最小的参数（最小二乘解，见「线性回归」一节）
A = torch.cat([features, torch.ones(len(features), 1)], dim=1)
best = torch.linalg.lstsq(A, labels).solution
print("最小二乘解：", [round(v, 4) for v in best.reshape(-1).tolist()])
print(f"最小二乘解处的平均损失：{squared_loss(A @ best, labels).mean():.4g}")
best_error = torch.cat([true_w, torch.tensor([true_b])]) - best.reshape(-1)
print("最小二乘解的估计误差：", [round(v, 4) for v in best_error.tolist()])
