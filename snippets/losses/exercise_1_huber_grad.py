import torch
from torch import nn

y = torch.zeros(9)
for delta in [0.5, 1.0, 2.0]:
    y_hat = torch.linspace(-4, 4, 9, requires_grad=True)
    nn.HuberLoss(reduction="sum", delta=delta)(y_hat, y).backward()
    clipped = torch.clamp(y_hat.detach() - y, -delta, delta)
    print(f"delta {delta}:", y_hat.grad, torch.equal(y_hat.grad, clipped))
