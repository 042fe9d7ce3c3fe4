import matplotlib.pyplot as plt
from torch import nn

d, q = 4, 3  # 4 个输入特征、3 个类别
layer = nn.Linear(d, q)  # 全连接层：每个输入到每个输出各有一个权重
print("weight:", tuple(layer.weight.shape), "bias:", tuple(layer.bias.shape))
print("参数总数：", sum(p.numel() for p in layer.parameters()), "= d*q + q")
for d_in, q_out in [
    (64, 10),
    (784, 10),
    (784, 256),
]:  # digits、Fashion-MNIST、一个隐藏层
    count = sum(p.numel() for p in nn.Linear(d_in, q_out).parameters())
    print(f"nn.Linear({d_in}, {q_out}): {count} 个参数")

fig, ax = plt.subplots(figsize=(4, 2.6))
inputs = [(x, 0.0) for x in range(d)]
outputs = [(x + 0.5, 1.5) for x in range(q)]
for (x, y), i in zip(inputs, range(1, d + 1)):
    for target in outputs:
        ax.annotate(
            "",
            xy=target,
            xytext=(x, y),
            arrowprops={
                "arrowstyle": "->",
                "shrinkA": 14,
                "shrinkB": 14,
                "color": "gray",
            },
        )
    ax.add_patch(plt.Circle((x, y), 0.28, fill=False, linewidth=1.5))
    ax.text(x, y, f"$x_{i}$", ha="center", va="center", fontsize=12)
for (x, y), j in zip(outputs, range(1, q + 1)):
    ax.add_patch(plt.Circle((x, y), 0.28, fill=False, linewidth=1.5))
    ax.text(x, y, f"$o_{j}$", ha="center", va="center", fontsize=12)
ax.text(d - 0.5, 0.0, "input layer", va="center", fontsize=10)
ax.text(q + 0.1, 1.5, "output layer", va="center", fontsize=10)
ax.set_xlim(-0.4, d + 1.0)
ax.set_ylim(-0.4, 1.9)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
fig.savefig("network.svg")
