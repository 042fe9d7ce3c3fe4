import torch
from torch import nn


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


class Conv2D(nn.Module):
    """二维卷积层：对输入和卷积核做互相关运算，再加上一个标量偏置。"""

    def __init__(self, kernel_size):
        super().__init__()
        self.weight = nn.Parameter(torch.rand(kernel_size))
        self.bias = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return corr2d(x, self.weight) + self.bias


torch.manual_seed(0)
conv = Conv2D(kernel_size=(2, 2))
for name, param in conv.named_parameters():
    print(name, tuple(param.shape))
print(conv(torch.ones(4, 5)).shape)
