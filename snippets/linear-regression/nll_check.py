import math

import torch

torch.manual_seed(0)
X = torch.normal(0, 1, (1000, 2), dtype=torch.float64)
sigma = 0.01  # 噪声的标准差
y = (
    X @ torch.tensor([2, -3.4], dtype=torch.float64)
    + 4.2
    + torch.normal(0, sigma, (1000,))
)
n = len(y)
constant = n / 2 * math.log(2 * math.pi * sigma**2)  # 与 w、b 无关

for w, b in [([2.0, -3.4], 4.2), ([1.9, -3.3], 4.0), ([0.0, 0.0], 0.0)]:
    y_hat = X @ torch.tensor(w, dtype=torch.float64) + b
    nll = -torch.distributions.Normal(y_hat, sigma).log_prob(y).sum()  # 负对数似然
    half_se = ((y - y_hat) ** 2).sum() / 2  # 平方误差之和的一半
    rhs = half_se / sigma**2 + constant
    print(
        f"w={w}, b={b}: NLL {nll:.6g}, ½·SE/σ² + 常数 {rhs:.6g}",
        torch.isclose(nll, rhs).item(),
    )
