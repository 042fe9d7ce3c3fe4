import torch
import torch.nn.functional as F
from torch import nn


def corr2d(X, K):
    """二维互相关运算：卷积核 K 在 X 上从左到右、从上到下滑动。"""
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


X = torch.tensor([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]])
K = torch.tensor([[0.0, 1.0], [2.0, 3.0]])
print(corr2d(X, K))

# PyTorch 的卷积要四维的输入（批量大小，通道，高，宽）和卷积核（输出通道，输入通道，高，宽）
print(F.conv2d(X.reshape(1, 1, 3, 3), K.reshape(1, 1, 2, 2)).reshape(2, 2))
conv = nn.Conv2d(1, 1, kernel_size=2, bias=False)
with torch.no_grad():
    conv.weight.copy_(K.reshape(1, 1, 2, 2))
    print(torch.equal(conv(X.reshape(1, 1, 3, 3)).reshape(2, 2), corr2d(X, K)))
