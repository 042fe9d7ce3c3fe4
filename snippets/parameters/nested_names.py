import torch
from torch import nn


def block1():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4), nn.ReLU())


def block2():
    net = nn.Sequential()
    for i in range(4):
        net.add_module(f"block{i}", block1())  # 名字由我们给定
    return net


torch.manual_seed(0)
rgnet = nn.Sequential(block2(), nn.Linear(4, 1))
print(rgnet(torch.rand(2, 4)).shape)
print(rgnet)
print([name for name, _ in rgnet.named_parameters()][:4])
print(rgnet[0][1][0].bias.shape, rgnet[0].block1[0].bias is rgnet[0][1][0].bias)
