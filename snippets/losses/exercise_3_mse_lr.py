import torch
from torch import nn

torch.manual_seed(0)
X = torch.normal(0, 1, (20, 2))
y = X @ torch.tensor([2.0, -3.4]) + 4.2
w0 = torch.normal(0, 0.01, (2,))


def one_step(loss_fn, lr):
    w = w0.clone().requires_grad_(True)
    loss_fn(X @ w, y).backward()
    with torch.no_grad():
        return w - lr * w.grad


def half_mse(y_hat, y):  # 1/2 平方损失的平均
    return ((y_hat - y) ** 2 / 2).mean()


mse = nn.MSELoss()
print("1/2 平方损失 lr 0.1：", one_step(half_mse, 0.1))
print("MSELoss      lr 0.05：", one_step(mse, 0.05))
print("MSELoss      lr 0.1： ", one_step(mse, 0.1))
print("lr 减半后一致：", torch.allclose(one_step(half_mse, 0.1), one_step(mse, 0.05)))
