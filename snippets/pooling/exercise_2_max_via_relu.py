import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
X = torch.randn(1, 1, 6, 6)


def pick(di, dj):
    """步幅为 2 的卷积：从每个 2×2 窗口中取出位置 (di, dj) 的元素。"""
    K = torch.zeros(1, 1, 2, 2)
    K[0, 0, di, dj] = 1.0
    return F.conv2d(X, K, stride=2)


# max(a, b) = b + relu(a - b)：卷积是线性的，加上 ReLU 才能取最大值
def maximum(a, b):
    return b + torch.relu(a - b)


Y = maximum(maximum(pick(0, 0), pick(0, 1)), maximum(pick(1, 0), pick(1, 1)))
print(Y.shape, torch.allclose(Y, nn.MaxPool2d(2)(X)))
# 单独的卷积（线性运算）做不到：max 不满足 max(x + y) = max(x) + max(y)
x, y = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
print((x + y).max().item(), x.max().item() + y.max().item())
