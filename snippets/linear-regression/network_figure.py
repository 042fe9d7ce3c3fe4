import matplotlib.pyplot as plt
from torch import nn

d = 4  # 图中画 4 个输入；一般是 d 个
layer = nn.Linear(d, 1)  # 这个单层网络：每个输入到输出各有一个权重，再加一个偏置
print("weight:", tuple(layer.weight.shape), "bias:", tuple(layer.bias.shape))
print(
    "权重个数：",
    layer.weight.numel(),
    "参数总数：",
    layer.weight.numel() + layer.bias.numel(),
)

fig, ax = plt.subplots(figsize=(4, 2.6))
inputs = [(x, 0.0) for x in range(d)]
labels = ["$x_1$", "$x_2$", r"$\cdots$", "$x_d$"]
output = ((d - 1) / 2, 1.5)
for (x, y), label in zip(inputs, labels):
    ax.text(x, y, label, ha="center", va="center", fontsize=12)
    if label == r"$\cdots$":  # 省略号代表中间的输入，不画节点
        continue
    ax.annotate(
        "",
        xy=output,
        xytext=(x, y),
        arrowprops={"arrowstyle": "->", "shrinkA": 14, "shrinkB": 14, "color": "gray"},
    )
    ax.add_patch(plt.Circle((x, y), 0.28, fill=False, linewidth=1.5))
ax.add_patch(plt.Circle(output, 0.28, fill=False, linewidth=1.5))
ax.text(*output, "$o_1$", ha="center", va="center", fontsize=12)
ax.text(d - 0.3, 0.0, "input layer", va="center", fontsize=10)
ax.text(output[0] + 0.45, output[1], "output layer", va="center", fontsize=10)
ax.set_xlim(-0.4, d + 1.0)
ax.set_ylim(-0.4, 1.9)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
fig.savefig("network.svg")
