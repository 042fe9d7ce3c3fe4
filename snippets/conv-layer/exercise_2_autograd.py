import torch
from torch import nn


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


torch.manual_seed(0)
X = torch.rand(5, 6)
K = torch.rand(2, 3, requires_grad=True)
corr2d(X, K).square().sum().backward()

# 同样的运算交给 nn.Conv2d，梯度相同
conv = nn.Conv2d(1, 1, kernel_size=(2, 3), bias=False)
with torch.no_grad():
    conv.weight.copy_(K.reshape(1, 1, 2, 3))
conv(X.reshape(1, 1, 5, 6)).square().sum().backward()
print(torch.allclose(K.grad, conv.weight.grad.reshape(2, 3)))


# 真正会断开计算图的写法：用 .item() 把结果变成 Python 数
def corr2d_item(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum().item()
    return Y


try:
    corr2d_item(X, K).square().sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
