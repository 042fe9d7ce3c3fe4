import torch
from torch import nn

y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])
y_hat = torch.tensor([0.5, -1.0, 2.5, 1.0, 4.0], requires_grad=True)
nn.MSELoss()(y_hat, y).backward()
print(y_hat.grad)
print(torch.allclose(y_hat.grad, 2 * (y_hat - y) / len(y)))
