import numpy as np
import torch
import torch.nn.functional as F


def corr(X, K):
    return F.conv2d(X[None, None], K[None, None])[0, 0]


torch.manual_seed(0)
X = torch.randint(-3, 4, (8, 8)).double()
A = torch.randint(-3, 4, (3, 3)).double()  # k1 = 3
B = torch.randint(-3, 4, (2, 2)).double()  # k2 = 2
# 等效的单个卷积核：A 与 B 的完整卷积，大小 k1 + k2 - 1
C = corr(F.pad(A, (1, 1, 1, 1)), torch.flip(B, dims=(0, 1)))
print("equivalent kernel:", tuple(C.shape))
print(torch.equal(corr(corr(X, A), B), corr(X, C)))

# 反过来不成立。一维时，两个长度 2 的核叠加 = 两个一次多项式相乘；
# [1, 0, 1] 对应 z^2 + 1，没有实根，拆不成两个实系数的长度 2 的核
print("z^2 + 1 has real roots:", bool(np.isreal(np.roots([1, 0, 1])).any()))
print("parameters: 3x3 + 2x2 =", 9 + 4, "< 4x4 =", 16)
