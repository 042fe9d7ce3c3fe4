import math

import torch

y = torch.tensor(
    [0.3, 1.2, 0.8, 5.0, 1.0, 0.9, 1.1]
)  # 用常数 b 拟合，噪声服从拉普拉斯分布
for b in [1.0, 1.5]:
    nll = -torch.distributions.Laplace(b, 1.0).log_prob(y).sum()
    print(
        f"b = {b}: NLL {nll:.4f}, sum|y - b| + n log 2 = {(y - b).abs().sum() + len(y) * math.log(2):.4f}"
    )
print(f"中位数 {y.median():.4f}，均值 {y.mean():.4f}")

for schedule in ["constant", "decay"]:
    b = torch.tensor(3.0, requires_grad=True)
    history = []
    for t in range(1, 201):
        i = (t - 1) % len(y)  # 每步取一个样本（按顺序循环，便于复现）
        (y[i] - b).abs().backward()
        lr = 0.5 if schedule == "constant" else 0.5 / t**0.5
        with torch.no_grad():
            b -= lr * b.grad
            b.grad.zero_()
        history.append(b.item())
    last = torch.tensor(history[-7:])
    print(f"{schedule:8}: 最后 7 步的 b 在 [{last.min():.3f}, {last.max():.3f}] 之间")
