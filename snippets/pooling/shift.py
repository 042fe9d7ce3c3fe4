import torch
from torch import nn

pool = nn.MaxPool2d(2)  # 2×2 窗口、步幅 2
X = torch.zeros(1, 1, 6, 6)
X[0, 0, 2, 2] = 1.0  # 一个亮点，在它所在的 2×2 窗口的左上角
X_right = torch.roll(X, shifts=1, dims=3)  # 向右移 1 个像素，仍在同一个窗口里
print("same output after a 1-pixel shift:", torch.equal(pool(X), pool(X_right)))
print(pool(X)[0, 0])

# 汇聚丢掉的是窗口内的位置：亮点在窗口里的 4 个位置，输出都一样
outputs = []
for di in range(2):
    for dj in range(2):
        Z = torch.zeros(1, 1, 6, 6)
        Z[0, 0, 2 + di, 2 + dj] = 1.0
        outputs.append(pool(Z))
print("4 positions, 1 output:", all(torch.equal(o, outputs[0]) for o in outputs))
