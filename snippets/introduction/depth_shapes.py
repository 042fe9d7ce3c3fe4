import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
linear = nn.Sequential(nn.Linear(1, 8), nn.Linear(8, 8), nn.Linear(8, 1))
relu = nn.Sequential(
    nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 1)
)

x = torch.linspace(-3, 3, 601).reshape(-1, 1).requires_grad_(True)
fig, ax = plt.subplots(figsize=(5, 3))
for name, net in [("3 linear layers", linear), ("with ReLU", relu)]:
    y = net(x)
    (slope,) = torch.autograd.grad(y.sum(), x)  # dy/dx at each of the 601 points
    pieces = int((slope.diff(dim=0).abs() > 1e-4).sum()) + 1
    print(f"{name}: {pieces} straight piece(s)")
    ax.plot(x.detach().squeeze(), y.detach().squeeze(), label=name)
ax.set_xlabel("$x$")
ax.set_ylabel("$f(x)$")
ax.legend()
fig.tight_layout()
fig.savefig("depth_shapes.svg")
