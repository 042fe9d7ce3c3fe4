import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 4), torch.randn(32, 1)


def train(net, steps=100):
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(net(X), y)
        loss.backward()
        optimizer.step()
    return loss.item()


net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
for layer in (net[0], net[2]):  # 隐藏层和输出层：每个隐藏单元的参数都相同
    nn.init.constant_(layer.weight, 0.5)
    nn.init.zeros_(layer.bias)
print(f"loss after 100 steps: {train(net):.4f}")
print("W1 after training:\n", net[0].weight.data)
print("gradient of W1 at the last step:\n", net[0].weight.grad)
H = net[1](net[0](X))
print(
    "hidden units identical:",
    torch.equal(H[:, 0], H[:, 1]) and torch.equal(H[:, 1], H[:, 2]),
)

# 对照：隐藏层仍全是 0.5，输出层保留 nn.Linear 的随机初始化
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
nn.init.constant_(net[0].weight, 0.5)
nn.init.zeros_(net[0].bias)
train(net)
print("random output layer, W1 after training:\n", net[0].weight.data)
