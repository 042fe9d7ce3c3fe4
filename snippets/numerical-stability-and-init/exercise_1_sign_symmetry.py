import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
X = torch.randn(5, 4)
before = net(X)
with torch.no_grad():
    # 把第 0 个隐藏单元的输入权重、偏置和输出权重一起取反
    net[0].weight[0] *= -1
    net[0].bias[0] *= -1
    net[2].weight[:, 0] *= -1
print("same function after flipping unit 0:", torch.allclose(before, net(X)))
with torch.no_grad():  # 交换隐藏单元 1 和 2
    net[0].weight[[1, 2]] = net[0].weight[[2, 1]]
    net[0].bias[[1, 2]] = net[0].bias[[2, 1]]
    net[2].weight[:, [1, 2]] = net[2].weight[:, [2, 1]]
print("same function after swapping units 1 and 2:", torch.allclose(before, net(X)))
