import math

import torch

torch.manual_seed(0)
max_degree, n_train = 20, 100
true_w = torch.zeros(max_degree)
true_w[:4] = torch.tensor([5, 1.2, -3.4, 5.6])
x = torch.randn(n_train, 1)
raw = x ** torch.arange(max_degree)  # 不除以 i!
factorials = torch.tensor(
    [math.factorial(i) for i in range(max_degree)], dtype=torch.float32
)
labels = raw / factorials @ true_w + 0.1 * torch.randn(n_train)
standardized = torch.cat(
    [raw[:, :1], (raw[:, 1:] - raw[:, 1:].mean(0)) / raw[:, 1:].std(0)], dim=1
)

cases = [
    ("x^i", raw, 0.01),
    ("x^i / i!", raw / factorials, 0.01),
    ("standardized", standardized, 0.01),
    ("standardized", standardized, 0.001),
]
for name, X, lr in cases:
    torch.manual_seed(1)
    w = torch.zeros(max_degree)
    for _ in range(20):  # 20 个迭代周期的小批量随机梯度下降
        for batch in torch.randperm(n_train).split(10):
            w -= lr * 2 / len(batch) * X[batch].T @ (X[batch] @ w - labels[batch])
    loss = ((X @ w - labels) ** 2).mean().item()
    print(
        f"{name:12s} lr {lr:5}: largest |feature| {X.abs().max():.3g}, train loss {loss:.3g}"
    )
