import warnings

import torch
from torch import nn

torch.manual_seed(0)
X = torch.normal(0, 1, (10, 2))
y = X @ torch.tensor([2, -3.4]) + 4.2  # 形状 (10,)，忘了 reshape((-1, 1))
net = nn.Linear(2, 1)
y_hat = net(X)
print(y_hat.shape, y.shape, (y_hat - y).shape)

loss = nn.MSELoss()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = loss(y_hat, y)
print(f"{caught[0].category.__name__}: {caught[0].message}")
print(f"loss(y_hat, y)                = {wrong:f}")
print(f"((y_hat - y) ** 2).mean()     = {((y_hat - y) ** 2).mean():f}")
print(f"loss(y_hat, y.reshape(-1, 1)) = {loss(y_hat, y.reshape(-1, 1)):f}")
