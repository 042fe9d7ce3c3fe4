import torch
from torch import nn


def init_xavier(m):
    if type(m) is nn.Linear:
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
net(torch.zeros(1, 20))  # 一个形状对的假输入，只为确定参数形状
net.apply(init_xavier)
print(sum(p.numel() for p in net.parameters()))
print(net[0].bias.abs().sum().item(), f"{net[0].weight.abs().max():.4f}")
