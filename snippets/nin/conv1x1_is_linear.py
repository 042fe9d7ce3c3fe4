import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(2, 3, 4, 5, dtype=torch.float64)  # (样本, 通道, 高, 宽)
conv = nn.Conv2d(3, 6, kernel_size=1).double()

# 同样的权重放进一个全连接层：输入 3 个特征（通道），输出 6 个
linear = nn.Linear(3, 6).double()
with torch.no_grad():
    linear.weight.copy_(conv.weight.reshape(6, 3))
    linear.bias.copy_(conv.bias)

# 把每个像素当成一个样本：(2, 3, 4, 5) -> (2*4*5, 3)
pixels = X.permute(0, 2, 3, 1).reshape(-1, 3)
Y_linear = linear(pixels).reshape(2, 4, 5, 6).permute(0, 3, 1, 2)
print("1×1 卷积的输出形状：", tuple(conv(X).shape))
print("与逐像素的全连接层相同：", torch.allclose(conv(X), Y_linear))
