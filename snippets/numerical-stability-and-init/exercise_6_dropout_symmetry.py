import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 4), torch.randn(32, 1)
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Dropout(0.5), nn.Linear(3, 1))
for layer in (net[0], net[3]):
    nn.init.constant_(layer.weight, 0.5)
    nn.init.zeros_(layer.bias)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(100):
    optimizer.zero_grad()
    nn.functional.mse_loss(net(X), y).backward()
    optimizer.step()
print("W1 after training with dropout:\n", net[0].weight.data)
