import torch
from torch import nn


class TensorReduction(nn.Module):
    """y_k = sum_{i,j} W_{ijk} x_i x_j"""

    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(
            torch.randn(in_units, in_units, units, dtype=torch.float64)
        )

    def forward(self, X):  # X: (批量大小, in_units)
        return torch.einsum("bi,bj,ijk->bk", X, X, self.weight)


torch.manual_seed(0)
layer = TensorReduction(4, 3)
X = torch.rand(2, 4, dtype=torch.float64)
Y = layer(X)
print(Y.shape)

# 按定义用循环算第 0 个样本，核对
x, W = X[0], layer.weight.detach()
by_loops = torch.zeros(3, dtype=torch.float64)
for k in range(3):
    for i in range(4):
        for j in range(4):
            by_loops[k] += W[i, j, k] * x[i] * x[j]
print(torch.allclose(Y[0], by_loops))

Y.sum().backward()
print(layer.weight.grad.shape)
