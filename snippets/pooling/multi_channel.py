import torch
from torch import nn

X = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
X = torch.cat((X, X + 1), dim=1)  # 两个通道
print(X.shape)
Y = nn.MaxPool2d(3, padding=1, stride=2)(X)
print(Y.shape)
print(Y)
