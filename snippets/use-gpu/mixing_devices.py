import torch
from torch import nn

x = torch.ones(2, 3)  # 在 CPU 上
y = torch.ones(2, 3, device="meta")  # meta 设备：只有形状和类型，没有数据
print(y)

try:
    x + y
except RuntimeError as error:
    print(f"RuntimeError: {error}")

net = nn.Linear(3, 1).to("meta")  # 模型移走了，数据还在 CPU 上
try:
    net(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")

print(net(x.to("meta")).shape)  # 数据也移过去，就可以计算
print((y + torch.tensor(2.0)).device)  # 例外：0 维的 CPU 张量可以参与运算
print(torch.mm(y, x.T).device)  # 但 meta 只是替身：它的矩阵乘法不检查设备
