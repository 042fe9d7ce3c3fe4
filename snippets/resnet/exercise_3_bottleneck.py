import torch
from torch import nn
from torch.nn import functional as F


class Bottleneck(nn.Module):
    """瓶颈残差块：1×1 卷积把通道减少到 num_channels，3×3 卷积，
    1×1 卷积再把通道扩大到 4 * num_channels。卷积层不带偏置（后接批量规范化）。"""

    def __init__(self, input_channels, num_channels, strides=1):
        super().__init__()
        out_channels = 4 * num_channels
        self.conv1 = nn.Conv2d(input_channels, num_channels, kernel_size=1, bias=False)
        self.conv2 = nn.Conv2d(
            num_channels,
            num_channels,
            kernel_size=3,
            padding=1,
            stride=strides,
            bias=False,
        )
        self.conv3 = nn.Conv2d(num_channels, out_channels, kernel_size=1, bias=False)
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.bn2 = nn.BatchNorm2d(num_channels)
        self.bn3 = nn.BatchNorm2d(out_channels)
        self.shortcut = None
        if strides != 1 or input_channels != out_channels:
            self.shortcut = nn.Sequential(
                nn.Conv2d(
                    input_channels,
                    out_channels,
                    kernel_size=1,
                    stride=strides,
                    bias=False,
                ),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = F.relu(self.bn2(self.conv2(Y)))
        Y = self.bn3(self.conv3(Y))
        if self.shortcut is not None:
            X = self.shortcut(X)
        return F.relu(Y + X)


def resnet50(in_channels=3, num_classes=1000):
    layers = [
        nn.Conv2d(in_channels, 64, kernel_size=7, stride=2, padding=3, bias=False),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    ]
    input_channels = 64
    for i, (num_channels, num_blocks) in enumerate(
        ((64, 3), (128, 4), (256, 6), (512, 3))
    ):
        for j in range(num_blocks):
            strides = 2 if j == 0 and i > 0 else 1
            layers.append(Bottleneck(input_channels, num_channels, strides))
            input_channels = 4 * num_channels
    layers += [nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(2048, num_classes)]
    return nn.Sequential(*layers)


# 同样输入 256 个通道、输出 256 个通道，比较两种块的参数和计算
X = torch.zeros(1, 256, 56, 56, device="meta")
with torch.device("meta"):
    bottleneck = Bottleneck(256, 64)
    basic = nn.Sequential(  # 两个 256 通道的 3×3 卷积层（不计批量规范化）
        nn.Conv2d(256, 256, kernel_size=3, padding=1, bias=False),
        nn.Conv2d(256, 256, kernel_size=3, padding=1, bias=False),
    )
print("瓶颈块的输出：", tuple(bottleneck(X).shape))
print(f"瓶颈块的参数：{sum(p.numel() for p in bottleneck.parameters()):,}")
print(f"两个 256 通道的 3×3 卷积层：{sum(p.numel() for p in basic.parameters()):,}")

with torch.device("meta"):
    net = resnet50()
print(
    f"ResNet-50（RGB 输入、1000 个类别）：{sum(p.numel() for p in net.parameters()):,} 个参数"
)
