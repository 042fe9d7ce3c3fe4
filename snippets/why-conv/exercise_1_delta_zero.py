import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(1, 3, 5, 5)  # 3 个输入通道
conv = nn.Conv2d(3, 4, kernel_size=1)  # Δ = 0：卷积核只看一个像素
fc = nn.Linear(3, 4)  # 3 个输入 -> 4 个输出的全连接层
with torch.no_grad():
    fc.weight.copy_(conv.weight.reshape(4, 3))
    fc.bias.copy_(conv.bias)
    Y_conv = conv(X)
    # 把每个像素的 3 个通道值当作一个样本，送进同一个全连接层
    Y_fc = fc(X.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
print(Y_conv.shape, Y_fc.shape)
print(torch.allclose(Y_conv, Y_fc, atol=1e-6))
