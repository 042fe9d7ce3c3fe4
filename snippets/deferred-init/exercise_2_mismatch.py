import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(128, 10))  # 256 != 128
print("built")  # 建网络时不检查相邻两层是否匹配
try:
    net(torch.rand(2, 20))
except RuntimeError as error:
    print(f"RuntimeError: {error}")

lazy = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(lazy(torch.rand(2, 20)).shape)
print(lazy(torch.rand(5, 20)).shape)  # 批量大小可以变
try:
    lazy(torch.rand(2, 30))  # 特征个数不能变：形状已经定下来了
except RuntimeError as error:
    print(f"RuntimeError: {error}")
