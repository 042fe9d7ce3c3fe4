import torch
from torch import nn


def init_zero_bias(m):
    if type(m) is nn.Linear:  # 第一次前向传播之前，它的类型是 LazyLinear
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(type(net[0]).__name__, issubclass(nn.LazyLinear, nn.Linear))
net.apply(init_zero_bias)  # 没有报错，但什么也没做
net(torch.rand(2, 20))
print(type(net[0]).__name__)
print((net[0].bias == 0).all().item())  # 偏置不是 0：初始化被悄悄跳过了
