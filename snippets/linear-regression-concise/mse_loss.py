import torch
from torch import nn

y_hat = torch.tensor([[1.0], [2.0], [3.0]])
y = torch.tensor([[1.5], [2.0], [5.0]])
print(nn.MSELoss()(y_hat, y))  # 平方误差的平均
print(((y_hat - y) ** 2).mean())
print(nn.MSELoss(reduction="sum")(y_hat, y))  # 平方误差的和
print(torch.linalg.vector_norm(y_hat - y) ** 2)  # 即 L2 范数的平方
