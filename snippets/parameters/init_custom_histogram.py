import matplotlib.pyplot as plt
import torch
from torch import nn


def my_init(m):
    if type(m) is nn.Linear:
        nn.init.uniform_(m.weight, -10, 10)
        with torch.no_grad():
            m.weight *= m.weight.abs() >= 5


torch.manual_seed(0)
layer = nn.Linear(100, 100)  # 10,000 个权重
layer.apply(my_init)
w = layer.weight.detach().flatten()
print(f"zero: {(w == 0).float().mean():.4f}")
print(
    f"in [5, 10]: {(w >= 5).float().mean():.4f}, in [-10, -5]: {(w <= -5).float().mean():.4f}"
)

fig, ax = plt.subplots(figsize=(6, 3))
ax.hist(w.numpy(), bins=40, range=(-10, 10), log=True)  # 纵轴取对数：0 那一格高得多
ax.set_ylim(bottom=1)
ax.set_xlabel("weight")
ax.set_ylabel("count per bin (log scale)")
fig.tight_layout()
fig.savefig("init_custom_histogram.svg")
