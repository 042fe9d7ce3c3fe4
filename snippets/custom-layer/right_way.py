import torch
from torch import nn
from torch.nn import functional as F


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units))

    def forward(self, X):
        return F.relu(torch.matmul(X, self.weight) + self.bias)  # 直接用参数


torch.manual_seed(0)
net = nn.Sequential(MyLinear(5, 3), nn.Linear(3, 1))
net(torch.rand(2, 5)).sum().backward()
print(net[0].weight.grad is not None, net[0].weight.grad.shape)

optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
before = net[0].weight.detach().clone()
optimizer.step()
print(torch.equal(net[0].weight, before))
