import torch
from torch import nn

torch.manual_seed(0)
# 从零实现的参数：X @ W1 + b1，W1 的形状是 (输入数, 输出数)
W1, b1 = torch.randn(64, 32) * 0.01, torch.zeros(32)
W2, b2 = torch.randn(32, 10) * 0.01, torch.zeros(10)


def net_scratch(X):
    return torch.relu(X.reshape(-1, 64) @ W1 + b1) @ W2 + b2


net = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
print(net[1].weight.shape, W1.shape)  # nn.Linear 存的是 (输出数, 输入数)
with torch.no_grad():
    net[1].weight.copy_(W1.T)
    net[1].bias.copy_(b1)
    net[3].weight.copy_(W2.T)
    net[3].bias.copy_(b2)

X = torch.rand(5, 1, 8, 8)
print(torch.allclose(net(X), net_scratch(X)))
