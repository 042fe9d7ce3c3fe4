import torch
from torch import nn
from torch.nn import functional as F


class Residual(nn.Module):
    def __init__(self, input_channels, num_channels, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.Conv2d(
            input_channels, num_channels, kernel_size=3, padding=1, stride=strides
        )
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2d(
                input_channels, num_channels, kernel_size=1, stride=strides
            )
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.bn2 = nn.BatchNorm2d(num_channels)

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.relu(Y + X)


class PreActResidual(nn.Module):
    """改进的残差块：「批量规范化、激活、卷积」的顺序，相加之后不再接 ReLU。"""

    def __init__(self, num_channels):
        super().__init__()
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.conv1 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm2d(num_channels)
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)

    def forward(self, X):
        Y = self.conv1(F.relu(self.bn1(X)))
        Y = self.conv2(F.relu(self.bn2(Y)))
        return X + Y


torch.manual_seed(0)
X = torch.randn(4, 3, 6, 6)
original, preact = Residual(3, 3), PreActResidual(3)
print(
    "参数个数：",
    sum(p.numel() for p in original.parameters()),
    sum(p.numel() for p in preact.parameters()),
)
print("输出形状：", tuple(original(X).shape), tuple(preact(X).shape))

# 把卷积那条路径变成 0：原来的块输出 ReLU(X)，改进的块输出 X 本身
with torch.no_grad():
    original.bn2.weight.zero_()
    original.bn2.bias.zero_()
    preact.conv2.weight.zero_()
    preact.conv2.bias.zero_()
print("原来的块是恒等映射：", torch.equal(original(X), X))
print("改进的块是恒等映射：", torch.equal(preact(X), X))
print("输入中负数的个数：", (X < 0).sum().item(), "/", X.numel())
