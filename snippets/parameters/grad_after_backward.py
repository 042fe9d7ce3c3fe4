import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.rand(2, 4)
print(net[2].bias.grad)  # 还没有反向传播

net(X).sum().backward()
print(net[2].bias.grad)  # 两个样本，每个贡献 1
print(net[2].weight.grad.shape == net[2].weight.shape)

# 输出层权重的梯度 = 两个样本的隐藏层输出之和
hidden = net[1](net[0](X))
print(torch.allclose(net[2].weight.grad, hidden.sum(dim=0, keepdim=True)))
