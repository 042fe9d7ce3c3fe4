import torch
from torch import nn


def block():
    return nn.Sequential(nn.Linear(16, 16), nn.ReLU())


def stack(make_block, num_blocks):
    """调用 make_block 多次：每次得到一个新实例，参数各自独立。"""
    return nn.Sequential(*(make_block() for _ in range(num_blocks)))


torch.manual_seed(0)
net = stack(block, 4)
print(net(torch.rand(2, 16)).shape)
print(sum(p.numel() for p in net.parameters()), 4 * (16 * 16 + 16))
print(net[0] is net[1], torch.equal(net[0][0].weight, net[1][0].weight))

# 反例：把同一个实例放进去 4 次，得到的是同一层用 4 次
one = block()
same = nn.Sequential(*[one] * 4)
print(sum(p.numel() for p in same.parameters()), same[0] is same[1])
