import torch
from torch import nn

pool = nn.MaxPool2d(2)
X = torch.zeros(1, 1, 6, 6)
X[0, 0, 2, 3] = 1.0  # 亮点在它所在窗口的右边一列
X_right = torch.roll(X, shifts=1, dims=3)  # 右移 1 个像素：跨进了下一个窗口
print("same output after a 1-pixel shift:", torch.equal(pool(X), pool(X_right)))
print(pool(X)[0, 0])
print(pool(X_right)[0, 0])
