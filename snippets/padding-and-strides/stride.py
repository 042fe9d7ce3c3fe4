import torch
from torch import nn


def comp_conv2d(conv2d, X):
    Y = conv2d(X.reshape((1, 1) + X.shape))
    return Y.reshape(Y.shape[2:])


torch.manual_seed(0)
X = torch.rand(8, 8)
# 步幅 2：高和宽都减半
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding=1, stride=2), X).shape)
# 高和宽用不同的卷积核大小、填充和步幅
conv2d = nn.Conv2d(1, 1, kernel_size=(3, 5), padding=(0, 1), stride=(3, 4))
print(comp_conv2d(conv2d, X).shape)
