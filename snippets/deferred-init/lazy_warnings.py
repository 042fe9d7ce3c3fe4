import warnings

import torch
from torch import nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # 连通常只显示一次的警告也记录下来
    net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
    net(torch.rand(2, 20))
print(len(caught), "warnings")
