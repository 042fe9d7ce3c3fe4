import torch
from torch import nn


def huber(y_hat, y, delta):
    r = torch.abs(y_hat - y)
    return torch.where(r > delta, delta * (r - 0.5 * delta), 0.5 * r**2)


y_hat = torch.tensor([0.5, -1.0, 2.5, 1.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])

l1 = nn.L1Loss()(y_hat, y)
print(l1, torch.allclose(l1, torch.abs(y_hat - y).mean()))
for delta in [1.0, 2.0]:
    ours = huber(y_hat, y, delta).mean()
    theirs = nn.HuberLoss(delta=delta)(y_hat, y)
    print(delta, theirs, torch.allclose(ours, theirs))
