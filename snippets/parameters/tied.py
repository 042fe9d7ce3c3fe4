import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(8, 8)  # 给共享层一个名字，才能把它放进网络两次
net = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(), shared, nn.ReLU(), shared, nn.ReLU(), nn.Linear(8, 1)
)
X = torch.rand(2, 4)
print(net(X).shape)
print(net[2] is net[4], net[2].weight is net[4].weight)

with torch.no_grad():
    net[2].weight[0, 0] = 100  # 改的是同一个张量
print(net[4].weight[0, 0].item())

print(sum(p.numel() for p in net.parameters()))  # 共享层只算一次
print([name for name, _ in net.named_parameters()])
print(list(net.state_dict().keys()))
