import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))

X = torch.rand(2, 20)  # 2 个样本，每个 20 个特征
Y = net(X)
print(Y.shape)
print(net)
print(len(net), type(net[0]).__name__, type(net[1]).__name__)
