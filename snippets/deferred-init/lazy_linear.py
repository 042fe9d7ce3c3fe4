import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(net)
print(net[0].weight)  # 还不知道输入有几个特征，形状无从确定

X = torch.rand(2, 20)
print(net(X).shape)  # 第一次前向传播：推断出形状并初始化
print(net)
print(type(net[0].weight).__name__, net[0].weight.shape, net[2].weight.shape)
