import itertools

import matplotlib.pyplot as plt
from torch import nn

d, h, q = 4, 5, 3  # 4 个输入、5 个隐藏单元、3 个输出
net = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, q))
layers = [m for m in net if isinstance(m, nn.Linear)]
print("有参数的层（即层数）：", len(layers))
for name, layer in zip(["隐藏层", "输出层"], layers):
    print(name, "weight:", tuple(layer.weight.shape), "bias:", tuple(layer.bias.shape))
print("参数总数：", sum(p.numel() for p in net.parameters()), "= (d + 1)h + (h + 1)q")

fig, ax = plt.subplots(figsize=(4.4, 3.2))
rows = [
    [(x + 0.5, 0.0) for x in range(d)],
    [(x, 1.5) for x in range(h)],
    [(x + 1.0, 3.0) for x in range(q)],
]
names = ["x", "h", "o"]
for lower, upper in itertools.pairwise(rows):
    for start in lower:
        for end in upper:
            ax.annotate(
                "",
                xy=end,
                xytext=start,
                arrowprops={
                    "arrowstyle": "->",
                    "shrinkA": 13,
                    "shrinkB": 13,
                    "color": "gray",
                },
            )
for row, name in zip(rows, names):
    for i, (x, y) in enumerate(row, start=1):
        ax.add_patch(plt.Circle((x, y), 0.27, fill=False, linewidth=1.5))
        ax.text(x, y, f"${name}_{i}$", ha="center", va="center", fontsize=11)
for y, label in zip((0.0, 1.5, 3.0), ("input layer", "hidden layer", "output layer")):
    ax.text(h - 0.2, y, label, va="center", fontsize=10)
ax.set_xlim(-0.4, h + 1.6)
ax.set_ylim(-0.4, 3.4)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
fig.savefig("network.svg")
