import torch
from torch import nn
from torch.nn import functional as F


class DataLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units))

    def forward(self, X):
        # .data 取出的是不记录梯度的张量：计算图在这里断开
        return F.relu(torch.matmul(X, self.weight.data) + self.bias.data)


torch.manual_seed(0)
layer = DataLinear(5, 3)
out = layer(torch.rand(2, 5))
print(out.requires_grad, out.grad_fn)
try:
    out.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")

# 后面接一个普通的层：反向传播不报错，但 DataLinear 的梯度悄悄丢了
net = nn.Sequential(DataLinear(5, 3), nn.Linear(3, 1))
net(torch.rand(2, 5)).sum().backward()
print(net[1].weight.grad is not None, net[0].weight.grad)

optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
before = net[0].weight.detach().clone()
optimizer.step()
print(torch.equal(net[0].weight, before))  # 这一层永远不会被训练
