import torch
from torch import nn
from torch.utils import data


def huber(y_hat, y, sigma):  # D2L 练习里的形式
    r = (y_hat - y).abs()
    return torch.where(r > sigma, r - sigma / 2, r**2 / (2 * sigma)).mean()


y_hat = torch.tensor([0.5, -1.0, 2.5, 1.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])
for sigma in [0.5, 1.0, 2.0]:
    ours = huber(y_hat, y, sigma)
    smooth = nn.SmoothL1Loss(beta=sigma)(y_hat, y)
    hub = nn.HuberLoss(delta=sigma)(y_hat, y)
    print(
        f"sigma {sigma}: 公式 {ours:.4f}, SmoothL1Loss {smooth:.4f}, HuberLoss {hub:.4f}"
    )

torch.manual_seed(0)
features = torch.normal(0, 1, (1000, 2))
labels = (features @ torch.tensor([2, -3.4]) + 4.2).reshape(-1, 1)
labels += torch.normal(0, 0.01, labels.shape)
loader = data.DataLoader(data.TensorDataset(features, labels), 10, shuffle=True)
net = nn.Linear(2, 1)
loss = nn.SmoothL1Loss(beta=1.0)
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(3):
    for X, y in loader:
        trainer.zero_grad()
        loss(net(X), y).backward()
        trainer.step()
    with torch.no_grad():
        print(f"epoch {epoch + 1}, loss {loss(net(features), labels):.4g}")
print(
    "w：",
    [round(v, 4) for v in net.weight.detach().reshape(-1).tolist()],
    "b：",
    round(net.bias.item(), 4),
)
