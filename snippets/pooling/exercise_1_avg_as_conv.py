import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
X = torch.rand(1, 3, 6, 6)  # 3 个通道
# 平均汇聚 = 每个通道单独用一个元素全为 1/4 的 2×2 卷积核、步幅 2
# groups=3：每个输出通道只看自己的输入通道，不跨通道求和
K = torch.full((3, 1, 2, 2), 1 / 4)
Y_conv = F.conv2d(X, K, stride=2, groups=3)
print(Y_conv.shape, torch.allclose(Y_conv, nn.AvgPool2d(2)(X)))
