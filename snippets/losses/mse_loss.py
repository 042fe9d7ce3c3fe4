import torch
from torch import nn

y_hat = torch.tensor([0.5, -1.0, 2.5, 1.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])
r = y_hat - y

mse = nn.MSELoss()(y_hat, y)
print(mse)
print(torch.allclose(mse, (r**2).mean()))  # no 1/2, averaged over the elements
print(torch.allclose(mse, 2 * (0.5 * r**2).mean()))
print(nn.MSELoss(reduction="none")(y_hat, y))
