import torch
from torch import nn

y_hat = torch.tensor([0.5, -1.0, 2.5, 1.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])

for beta in [1.0, 2.0, 0.5]:
    smooth = nn.SmoothL1Loss(beta=beta)(y_hat, y)
    huber = nn.HuberLoss(delta=beta)(y_hat, y)
    print(beta, smooth, huber, torch.allclose(smooth, huber / beta))
