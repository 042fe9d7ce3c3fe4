import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(2, 64, 8, 8, dtype=torch.float64)
conv = nn.Conv2d(64, 32, kernel_size=1).double()  # 过渡层里的 1×1 卷积
avg = nn.AvgPool2d(kernel_size=2, stride=2)
max_ = nn.MaxPool2d(kernel_size=2, stride=2)

# 1×1 卷积和平均汇聚都是线性的（对每个位置），先做哪个结果都一样
print(
    "平均汇聚：先卷积后汇聚 = 先汇聚后卷积：",
    torch.allclose(avg(conv(X)), conv(avg(X))),
)
print(
    "最大汇聚：先卷积后汇聚 = 先汇聚后卷积：",
    torch.allclose(max_(conv(X)), conv(max_(X))),
)
# 先汇聚，1×1 卷积只需在 1/4 的位置上计算
print(
    "卷积的输出位置：",
    conv(X).shape[-2:].numel(),
    "->",
    conv(avg(X)).shape[-2:].numel(),
)
