import torch
from torch import nn

torch.set_printoptions(precision=4)
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


def init_normal(m):
    if type(m) is nn.Linear:
        nn.init.normal_(m.weight, mean=0, std=0.01)
        nn.init.zeros_(m.bias)


net.apply(init_normal)  # 对 net 和它的每个子块（递归地）调用一次
print(net[0].weight.data[0], net[0].bias.data[0])


def init_constant(m):
    if type(m) is nn.Linear:
        nn.init.constant_(m.weight, 1)
        nn.init.zeros_(m.bias)


net.apply(init_constant)
print(net[0].weight.data[0], net[0].bias.data[0])


def init_xavier(m):
    if type(m) is nn.Linear:
        nn.init.xavier_uniform_(m.weight)


def init_42(m):
    if type(m) is nn.Linear:
        nn.init.constant_(m.weight, 42)


net[0].apply(init_xavier)  # 不同的块用不同的初始化方法
net[2].apply(init_42)
print(net[0].weight.data[0])
print(net[2].weight.data)
