import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 4, dtype=torch.float64)
y = X @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]], dtype=torch.float64)

shared = nn.Linear(8, 8, dtype=torch.float64)
net = nn.Sequential(
    nn.Linear(4, 8, dtype=torch.float64), nn.ReLU(),
    shared, nn.ReLU(),
    shared, nn.ReLU(),
    nn.Linear(8, 1, dtype=torch.float64),
)  # fmt: skip
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
for step in range(101):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(net(X), y)
    loss.backward()
    if step % 25 == 0:
        norms = [f"{net[i].weight.grad.norm():.4f}" for i in (0, 2, 4, 6)]
        print(f"step {step:3d} loss {loss:.4f} grad norms {norms}")
    optimizer.step()
print(net[2].weight is net[4].weight, len(optimizer.param_groups[0]["params"]))
