import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(1))
weight = net[0].weight
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)  # 参数还没有形状
print(type(weight).__name__)

X, y = torch.rand(4, 3), torch.rand(4, 1)
loss = nn.functional.mse_loss(net(X), y)  # 第一次前向传播：就地变成普通参数
print(type(weight).__name__, weight is net[0].weight)
print(optimizer.param_groups[0]["params"][0] is net[0].weight)

before = net[0].weight.detach().clone()
loss.backward()
optimizer.step()
print((net[0].weight != before).any().item())  # 优化器更新了它
