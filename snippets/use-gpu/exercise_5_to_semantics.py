import torch
from torch import nn

x = torch.ones(2)
y = x.to("meta")  # 张量的 .to：返回一个新张量，x 不变
print(x.device, y.device, y is x)

net = nn.Linear(2, 1)
moved = net.to("meta")  # 模块的 .to：原地移动，返回它自己
print(net.weight.device, moved is net)

x.to("meta")  # 忘了接住返回值：x 仍在原处
print(x.device)
