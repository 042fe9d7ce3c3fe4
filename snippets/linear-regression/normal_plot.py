import math

import matplotlib.pyplot as plt
import torch


def normal(x, mu, sigma):
    p = 1 / math.sqrt(2 * math.pi * sigma**2)
    return p * torch.exp(-0.5 / sigma**2 * (x - mu) ** 2)


x = torch.arange(-7, 7, 0.01)
params = [(0, 1), (0, 2), (3, 1)]  # (均值, 标准差)
fig, ax = plt.subplots(figsize=(4.5, 2.5))
for mu, sigma in params:
    p = normal(x, mu, sigma)
    area = torch.trapezoid(p, x)  # 曲线下的面积，应当约等于 1
    print(f"mean {mu}, std {sigma}: peak {p.max():.4f}, area {area:.4f}")
    ax.plot(x, p, label=f"mean {mu}, std {sigma}")
ax.set_xlabel("x")
ax.set_ylabel("p(x)")
ax.legend()
fig.tight_layout()
fig.savefig("normal.svg")
