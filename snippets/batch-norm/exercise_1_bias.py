import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(16, 3, 6, 6, dtype=torch.float64)
with_bias = nn.Conv2d(3, 4, kernel_size=3).double()
without_bias = nn.Conv2d(3, 4, kernel_size=3, bias=False).double()
with torch.no_grad():
    without_bias.weight.copy_(with_bias.weight)
    with_bias.bias.copy_(torch.tensor([5.0, -3.0, 100.0, 0.5]))  # 随便取的大偏置
bn = nn.BatchNorm2d(4).double()  # 训练模式

Y1 = bn(with_bias(X))
Y2 = bn(without_bias(X))
print("有偏置与无偏置，批量规范化之后的输出相同：", torch.allclose(Y1, Y2))
Y1.pow(3).sum().backward()
print("偏置的梯度为 0：", with_bias.bias.grad.abs().max().item() < 1e-10)
