import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.LazyLinear(10))
print(type(net[0].weight).__name__, net[0].weight.shape)  # 立即初始化
print(type(net[2].weight).__name__)  # 仍在等待
net(torch.rand(2, 20))
print(type(net[2].weight).__name__, net[2].weight.shape)
