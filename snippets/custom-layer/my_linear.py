import torch
from torch import nn
from torch.nn import functional as F


class MyLinear(nn.Module):
    """带参数的全连接层（加 ReLU）：权重和偏置都是 nn.Parameter。"""

    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units))

    def forward(self, X):
        return F.relu(torch.matmul(X, self.weight) + self.bias)


torch.manual_seed(0)
linear = MyLinear(5, 3)
print([(name, tuple(p.shape)) for name, p in linear.named_parameters()])
print(linear(torch.rand(2, 5)).shape)

net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
Y = net(torch.rand(2, 64))
print(Y.shape, Y.requires_grad)
Y.sum().backward()
print(net[0].weight.grad.shape)
