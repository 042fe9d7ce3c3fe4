import torch
from torch import nn

X = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
print(X)
print(nn.MaxPool2d(3)(X))  # 步幅默认也是 3：4×4 的输入里只放得下一个窗口
print(nn.MaxPool2d(3, padding=1, stride=2)(X))
print(nn.MaxPool2d((2, 3), stride=(2, 3), padding=(0, 1))(X))
