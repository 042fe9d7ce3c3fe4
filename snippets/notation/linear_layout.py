import torch
from torch import nn

torch.manual_seed(0)
n, d, h = 5, 4, 3  # 5 个样本、4 个输入、3 个输出
X = torch.randn(n, d)  # 每行一个样本
layer = nn.Linear(d, h)
W, b = layer.weight.T, layer.bias  # 本站的 W 是 d × h：nn.Linear 存的是它的转置
print("X:", tuple(X.shape), "W:", tuple(W.shape), "b:", tuple(b.shape))
print("nn.Linear 的 weight:", tuple(layer.weight.shape))
print("XW + b == layer(X):", torch.allclose(X @ W + b, layer(X)))
x = X[0]  # 一个样本，写成列向量 x
print("W^T x + b == 第 0 行:", torch.allclose(W.T @ x + b, layer(X)[0]))
