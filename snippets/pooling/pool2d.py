import torch
from torch import nn


def pool2d(X, pool_size, mode="max"):
    p_h, p_w = pool_size
    Y = torch.zeros(X.shape[0] - p_h + 1, X.shape[1] - p_w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            window = X[i : i + p_h, j : j + p_w]
            Y[i, j] = window.max() if mode == "max" else window.mean()
    return Y


X = torch.tensor([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]])
print(pool2d(X, (2, 2)))
print(pool2d(X, (2, 2), "avg"))
# nn.MaxPool2d 的步幅默认等于窗口大小；这里要与 pool2d 一样逐个位置滑动，设 stride=1
X4 = X.reshape(1, 1, 3, 3)
print(torch.equal(nn.MaxPool2d(2, stride=1)(X4)[0, 0], pool2d(X, (2, 2))))
print(torch.equal(nn.AvgPool2d(2, stride=1)(X4)[0, 0], pool2d(X, (2, 2), "avg")))
