import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 4)  # 输入 3 个特征，输出 4 个
print(layer.weight.shape, layer.bias.shape)  # weight 的形状是 (输出, 输入)

X = torch.normal(0, 1, (5, 3))  # 5 个样本
Y = layer(X)
print(Y.shape)
print(torch.allclose(Y, X @ layer.weight.T + layer.bias))
