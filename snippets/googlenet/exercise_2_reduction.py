import torch
from torch import nn
from torch.nn import functional as F


class Inception(nn.Module):
    """四条并行路径，输出在通道维上连结；c1 到 c4 是每条路径的输出通道数。"""

    def __init__(self, in_channels, c1, c2, c3, c4):
        super().__init__()
        self.p1_1 = nn.Conv2d(in_channels, c1, kernel_size=1)
        self.p2_1 = nn.Conv2d(in_channels, c2[0], kernel_size=1)
        self.p2_2 = nn.Conv2d(c2[0], c2[1], kernel_size=3, padding=1)
        self.p3_1 = nn.Conv2d(in_channels, c3[0], kernel_size=1)
        self.p3_2 = nn.Conv2d(c3[0], c3[1], kernel_size=5, padding=2)
        self.p4_1 = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.p4_2 = nn.Conv2d(in_channels, c4, kernel_size=1)

    def forward(self, x):
        p1 = F.relu(self.p1_1(x))
        p2 = F.relu(self.p2_2(F.relu(self.p2_1(x))))
        p3 = F.relu(self.p3_2(F.relu(self.p3_1(x))))
        p4 = F.relu(self.p4_2(self.p4_1(x)))
        return torch.cat((p1, p2, p3, p4), dim=1)


def no_reduction(in_channels, c1, c2, c3, c4):
    """同样的四条路径和输出通道数，但 3×3、5×5 卷积前没有 1×1 卷积减少通道。"""
    return Inception(in_channels, c1, (in_channels, c2[1]), (in_channels, c3[1]), c4)


def num_params(module):
    return sum(p.numel() for p in module.parameters())


blocks = [  # GoogLeNet 的 9 个 Inception 块
    (192, 64, (96, 128), (16, 32), 32),
    (256, 128, (128, 192), (32, 96), 64),
    (480, 192, (96, 208), (16, 48), 64),
    (512, 160, (112, 224), (24, 64), 64),
    (512, 128, (128, 256), (24, 64), 64),
    (512, 112, (144, 288), (32, 64), 64),
    (528, 256, (160, 320), (32, 128), 128),
    (832, 256, (160, 320), (32, 128), 128),
    (832, 384, (192, 384), (48, 128), 128),
]
with_1x1 = sum(num_params(Inception(*args)) for args in blocks)
without_1x1 = sum(num_params(no_reduction(*args)) for args in blocks)
print(f"9 个 Inception 块的参数：{with_1x1:,}")
print(f"去掉 1×1 减少通道之后：{without_1x1:,}（{without_1x1 / with_1x1:.1f} 倍）")
print(f"最后的全连接层（1024 -> 10）：{1024 * 10 + 10:,}")
