import torch
from torch import nn

torch.manual_seed(0)  # the same network as depth_shapes.py
linear = nn.Sequential(nn.Linear(1, 8), nn.Linear(8, 8), nn.Linear(8, 1))
relu = nn.Sequential(
    nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 1)
)


def pieces(net, low, high, points):
    x = torch.linspace(low, high, points).reshape(-1, 1).requires_grad_(True)
    (slope,) = torch.autograd.grad(net(x).sum(), x)
    return int((slope.diff(dim=0).abs() > 1e-4).sum()) + 1


for low, high in [(-3, 3), (-10, 10), (-100, 100)]:
    points = 100 * (high - low) + 1  # the same spacing, 0.01, everywhere
    print(f"[{low}, {high}]: {pieces(relu, low, high, points)} pieces")
