import math

import matplotlib.pyplot as plt
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 2.0]])
eigenvalues, V = torch.linalg.eigh(A)
# The sign of each eigenvector is arbitrary: make its largest entry positive
# (that entry of a unit vector is never 0, so no vector is wiped out).
largest = V.abs().argmax(dim=0)
V = V * torch.sign(V[largest, torch.arange(2)])
print(eigenvalues)
print(torch.allclose(A @ V, V * eigenvalues))
e1 = torch.tensor([1.0, 0.0])
print(A @ e1)  # not an eigenvector: its direction changes

t = torch.linspace(0, 2 * math.pi, 200)
circle = torch.stack([torch.cos(t), torch.sin(t)])  # unit vectors as columns
ellipse = A @ circle
fig, ax = plt.subplots(figsize=(5, 4))
ax.plot(circle[0], circle[1], "--", color="gray", label=r"$\|\mathbf{x}\|_2 = 1$")
ax.plot(ellipse[0], ellipse[1], color="C0", label=r"$\mathbf{A}\mathbf{x}$")
for k, color in [(0, "C1"), (1, "C2")]:
    v, lam = V[:, k], eigenvalues[k].item()
    ax.annotate(
        "",
        xy=(lam * v).tolist(),
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
    )
    ax.plot(*v.tolist(), "o", color=color, label=rf"$\lambda_{k + 1} = {lam:.0f}$")
ax.annotate(
    "",
    xy=(A @ e1).tolist(),
    xytext=(0, 0),
    arrowprops={"arrowstyle": "->", "color": "C3"},
)
ax.plot(
    *e1.tolist(),
    "o",
    color="C3",
    label=r"$\mathbf{e}_1 \mapsto \mathbf{A}\mathbf{e}_1$",
)
ax.set_aspect("equal")
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.legend(loc="upper left", fontsize=8)
fig.tight_layout()
fig.savefig("eigen_ellipse.svg")
