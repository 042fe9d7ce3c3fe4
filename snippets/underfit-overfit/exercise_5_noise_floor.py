import math

import torch

torch.manual_seed(0)
max_degree, n = 4, 1_000_000  # 用一百万个新样本近似「无限多」的数据
true_w = torch.tensor([5, 1.2, -3.4, 5.6])
x = torch.randn(n, 1)
factorials = torch.tensor(
    [math.factorial(i) for i in range(max_degree)], dtype=torch.float32
)
features = x ** torch.arange(max_degree) / factorials
labels = features @ true_w + 0.1 * torch.randn(n)

mse = ((features @ true_w - labels) ** 2).mean().item()  # 用真实的参数来预测
print(
    f"MSE of the true w on new data: {mse:.3f}  (noise variance 0.1^2 = {0.1**2:.3f})"
)
