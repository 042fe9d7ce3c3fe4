import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Rectangle

# 变量画成方框，运算画成圆；坐标 (x, y)
variables = {
    "x": (0, 0),
    r"$\mathbf{W}^{(1)}$": (1, 2),
    "z": (2, 0),
    "h": (4, 0),
    r"$\mathbf{W}^{(2)}$": (5, 2),
    "o": (6, 0),
    "y": (7, -1.2),
    "L": (8, 0),
    "s": (8, 3.2),
    "J": (10, 1.6),
}
operators = {
    r"$\times$ (1)": (1, 0),
    r"$\phi$": (3, 0),
    r"$\times$ (2)": (5, 0),
    r"$l$": (7, 0),
    r"$\|\cdot\|_F^2$": (6.5, 3.2),
    "+": (9, 1.6),
}
edges = [
    ("x", r"$\times$ (1)"),
    (r"$\mathbf{W}^{(1)}$", r"$\times$ (1)"),
    (r"$\times$ (1)", "z"),
    ("z", r"$\phi$"),
    (r"$\phi$", "h"),
    ("h", r"$\times$ (2)"),
    (r"$\mathbf{W}^{(2)}$", r"$\times$ (2)"),
    (r"$\times$ (2)", "o"),
    ("o", r"$l$"),
    ("y", r"$l$"),
    (r"$l$", "L"),
    (r"$\mathbf{W}^{(1)}$", r"$\|\cdot\|_F^2$"),
    (r"$\mathbf{W}^{(2)}$", r"$\|\cdot\|_F^2$"),
    (r"$\|\cdot\|_F^2$", "s"),
    ("L", "+"),
    ("s", "+"),
    ("+", "J"),
]
position = {**variables, **operators}

fig, ax = plt.subplots(figsize=(8, 3.6))
for name, (cx, cy) in variables.items():
    ax.add_patch(Rectangle((cx - 0.3, cy - 0.3), 0.6, 0.6, fill=False, lw=1.5))
    ax.text(cx, cy, name, ha="center", va="center", fontsize=11)
for name, (cx, cy) in operators.items():
    ax.add_patch(Circle((cx, cy), 0.3, fill=False, lw=1.5, color="tab:blue"))
    label = name.split(" (")[0]  # 两个乘法共用同一个符号
    ax.text(cx, cy, label, ha="center", va="center", fontsize=10, color="tab:blue")
for start, end in edges:
    ax.annotate(
        "",
        xy=position[end],
        xytext=position[start],
        arrowprops={"arrowstyle": "->", "shrinkA": 14, "shrinkB": 14, "lw": 1.2},
    )
ax.set_xlim(-0.6, 10.6)
ax.set_ylim(-1.8, 3.8)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
fig.savefig("forward_graph.svg")
print("variables:", len(variables), "operators:", len(operators), "edges:", len(edges))
