import torch
from torch import nn


class Affine(nn.Module):
    """不带 ReLU 的自定义全连接层。"""

    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(
            torch.randn(in_units, units, dtype=torch.float64) * 0.01
        )
        self.bias = nn.Parameter(torch.zeros(units, dtype=torch.float64))

    def forward(self, X):
        return X @ self.weight + self.bias


torch.manual_seed(0)
true_w = torch.tensor([[2.0], [-3.4]], dtype=torch.float64)
X = torch.randn(1000, 2, dtype=torch.float64)
y = X @ true_w + 4.2 + 0.01 * torch.randn(1000, 1, dtype=torch.float64)

net = nn.Sequential(Affine(2, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(100):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(net(X), y)
    loss.backward()
    optimizer.step()
print(f"loss {loss:.6f}")
print(f"w {net[0].weight[0].item():.4f} {net[0].weight[1].item():.4f}")
print(f"b {net[0].bias.item():.4f}")
