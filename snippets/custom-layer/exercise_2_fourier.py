import math

import torch
from torch import nn


class HalfFourier(nn.Module):
    """返回输入最后一个轴的离散傅里叶系数的前一半（没有参数）。"""

    def forward(self, X):
        n = X.shape[-1]
        return torch.fft.fft(X)[..., : n // 2]


X = torch.tensor([[1.0, 2.0, 3.0, 4.0, 0.0, 0.0, 0.0, 0.0]], dtype=torch.float64)
C = HalfFourier()(X)
print(C.shape, C.dtype)

# 按定义核对：c_k = sum_j x_j exp(-2 pi i j k / n)
n = X.shape[-1]
j = torch.arange(n, dtype=torch.float64)
by_definition = torch.stack(
    [(X[0] * torch.exp(-2j * math.pi * j * k / n)).sum() for k in range(n // 2)]
)
print(torch.allclose(C[0], by_definition))
print(C[0, 0], X.sum())  # c_0 是所有元素之和
# 实数输入的后一半系数是前一半的共轭，rfft 只算前 n // 2 + 1 个
print(torch.allclose(torch.fft.rfft(X)[..., : n // 2], C))
