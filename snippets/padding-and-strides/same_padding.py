import torch
from torch import nn


def comp_conv2d(conv2d, X):
    """给 X 加上批量和通道两个轴，卷积后再去掉。"""
    Y = conv2d(X.reshape((1, 1) + X.shape))
    return Y.reshape(Y.shape[2:])


torch.manual_seed(0)
X = torch.rand(8, 8)
# 3×3 卷积核，每边填充 1 行（列）：上下共 2 行、左右共 2 列
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding=1), X).shape)
# 5×3 卷积核，高的两边各填充 2 行，宽的两边各填充 1 列
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=(5, 3), padding=(2, 1)), X).shape)
