import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 4), torch.randn(32, 1)
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
for layer in (net[0], net[2]):
    nn.init.constant_(layer.weight, 0.5)  # 每个隐藏单元的参数都相同
    nn.init.zeros_(layer.bias)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(100):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(net(X), y)
    loss.backward()
    optimizer.step()
print(f"loss after 100 steps: {loss.item():.4f}")
print("W1 after training:\n", net[0].weight.data)
print("gradient of W1 at the last step:\n", net[0].weight.grad)
H = net[1](net[0](X))
print(
    "hidden units identical:",
    torch.equal(H[:, 0], H[:, 1]) and torch.equal(H[:, 1], H[:, 2]),
)
