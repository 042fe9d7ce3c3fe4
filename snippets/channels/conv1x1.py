import torch
from torch import nn


def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    c_o = K.shape[0]
    X = X.reshape(c_i, h * w)  # 每一列是一个像素的 c_i 个通道值
    K = K.reshape(c_o, c_i)
    return (K @ X).reshape(c_o, h, w)  # 全连接层中的矩阵乘法


torch.manual_seed(0)
X = torch.normal(0, 1, (3, 4, 5))  # 3 个输入通道，4×5 像素
K = torch.normal(0, 1, (2, 3, 1, 1))  # 2 个输出通道的 1×1 卷积核
Y1 = corr2d_multi_in_out_1x1(X, K)

conv = nn.Conv2d(3, 2, kernel_size=1, bias=False)
with torch.no_grad():
    conv.weight.copy_(K)
    Y2 = conv(X.unsqueeze(0))[0]
print(Y1.shape, torch.allclose(Y1, Y2, atol=1e-6))
# 等价地：把每个像素当作一个样本，送进 nn.Linear(3, 2)
linear = nn.Linear(3, 2, bias=False)
with torch.no_grad():
    linear.weight.copy_(K.reshape(2, 3))
    Y3 = linear(X.permute(1, 2, 0)).permute(
        2, 0, 1
    )  # (4, 5, 3) -> (4, 5, 2) -> (2, 4, 5)
print(torch.allclose(Y1, Y3, atol=1e-6))
