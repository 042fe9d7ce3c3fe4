import math

import torch
import torch.nn.functional as F


def corr1d(x, k):
    return F.conv1d(x[None, None], k[None, None])[0, 0]


x = torch.arange(8, dtype=torch.float64)

# 二阶导数：二阶差分 f(x+1) - 2 f(x) + f(x-1)，核是 [1, -2, 1]；对 x^2 得到常数 2
print(
    "second derivative of x^2:", corr1d(x**2, torch.tensor([1.0, -2.0, 1.0]).double())
)

# 积分：全 1 的核对窗口内求和（离散的定积分）；核长等于输入长度时是全部的和
print("window sums of x (size 3):", corr1d(x, torch.ones(3).double()))

# d 阶导数：二项式系数（带正负号）的 d 阶差分核，长度 d + 1；对 x^d 得到 d!
for d in range(1, 5):
    k = torch.tensor([(-1) ** (d - i) * math.comb(d, i) for i in range(d + 1)]).double()
    print(
        f"d={d}: kernel {k.int().tolist()}, on x^{d}: {corr1d(x**d, k)[0].item():.0f}"
    )

# 长度只有 d 的核做不到：它必须把 1, x, ..., x^(d-1) 都变成 0，
# 这是 d 个未知数的 d 个方程，系数矩阵（范德蒙德矩阵）满秩，只有全 0 解
d = 3
V = torch.stack([torch.arange(d, dtype=torch.float64) ** p for p in range(d)])
print("rank of the", d, "x", d, "system:", torch.linalg.matrix_rank(V).item())
