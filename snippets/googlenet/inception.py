import torch
from torch import nn
from torch.nn import functional as F


class Inception(nn.Module):
    """四条并行路径，输出在通道维上连结；c1 到 c4 是每条路径的输出通道数。"""

    def __init__(self, in_channels, c1, c2, c3, c4):
        super().__init__()
        # 路径 1：1×1 卷积
        self.p1_1 = nn.Conv2d(in_channels, c1, kernel_size=1)
        # 路径 2：1×1 卷积减少通道，再 3×3 卷积
        self.p2_1 = nn.Conv2d(in_channels, c2[0], kernel_size=1)
        self.p2_2 = nn.Conv2d(c2[0], c2[1], kernel_size=3, padding=1)
        # 路径 3：1×1 卷积减少通道，再 5×5 卷积
        self.p3_1 = nn.Conv2d(in_channels, c3[0], kernel_size=1)
        self.p3_2 = nn.Conv2d(c3[0], c3[1], kernel_size=5, padding=2)
        # 路径 4：3×3 最大汇聚，再 1×1 卷积
        self.p4_1 = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.p4_2 = nn.Conv2d(in_channels, c4, kernel_size=1)

    def forward(self, x):
        p1 = F.relu(self.p1_1(x))
        p2 = F.relu(self.p2_2(F.relu(self.p2_1(x))))
        p3 = F.relu(self.p3_2(F.relu(self.p3_1(x))))
        p4 = F.relu(self.p4_2(self.p4_1(x)))
        return torch.cat((p1, p2, p3, p4), dim=1)


torch.manual_seed(0)
block = Inception(192, 64, (96, 128), (16, 32), 32)  # GoogLeNet 的第一个 Inception 块
X = torch.randn(1, 192, 12, 12)
paths = [
    block.p1_1(X),
    block.p2_2(block.p2_1(X)),
    block.p3_2(block.p3_1(X)),
    block.p4_2(block.p4_1(X)),
]
for i, path in enumerate(paths, 1):
    print(f"路径 {i}：{tuple(path.shape)}")
print("连结之后：", tuple(block(X).shape))
try:
    paths[0] + paths[1]
except RuntimeError as error:
    print(f"RuntimeError: {error}")
