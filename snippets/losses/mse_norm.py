import torch
from torch import nn

y_hat = torch.tensor([0.5, -1.0, 2.5, 1.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])
squared_norm = torch.linalg.vector_norm(y_hat - y) ** 2

print(nn.MSELoss()(y_hat, y), squared_norm)
total = nn.MSELoss(reduction="sum")(y_hat, y)
print(total, torch.allclose(total, squared_norm))
