import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))

try:
    print(net[0].weight.shape)
except RuntimeError as error:
    print(f"RuntimeError: {error}")

try:
    print(sum(p.numel() for p in net.parameters()))
except ValueError as error:
    print(f"ValueError: {error}")


def init_xavier(m):
    if isinstance(m, nn.Linear):  # LazyLinear 是 nn.Linear 的子类
        nn.init.xavier_uniform_(m.weight)


try:
    net.apply(init_xavier)
except ValueError as error:
    print(f"ValueError: {error}")
