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


def resnet_block(input_channels, num_channels, num_residuals, first_block=False):
    """一个模块：num_residuals 个残差块；除第一个模块外，第一个残差块通道加倍、高宽减半。"""
    blk = []
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.append(
                Residual(input_channels, num_channels, use_1x1conv=True, strides=2)
            )
        else:
            blk.append(Residual(num_channels, num_channels))
    return nn.Sequential(*blk)


def resnet(num_residuals, in_channels=1, num_classes=10):
    """num_residuals：四个模块各有几个残差块。"""
    channels = (64, 128, 256, 512)
    blocks = [resnet_block(64, 64, num_residuals[0], first_block=True)]
    for i in range(1, 4):
        blocks.append(resnet_block(channels[i - 1], channels[i], num_residuals[i]))
    return nn.Sequential(
        nn.Conv2d(in_channels, 64, kernel_size=7, stride=2, padding=3),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        *blocks,
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(512, num_classes),
    )


def count(net, biases_before_bn=True):
    total = sum(p.numel() for p in net.parameters())
    if not biases_before_bn:  # 论文的卷积层没有偏置（后面紧跟批量规范化）
        total -= sum(m.bias.numel() for m in net.modules() if isinstance(m, nn.Conv2d))
    return total


for name, num_residuals in (("ResNet-18", (2, 2, 2, 2)), ("ResNet-34", (3, 4, 6, 3))):
    with torch.device("meta"):  # 只数参数，不分配内存
        ours = resnet(num_residuals)
        paper = resnet(num_residuals, in_channels=3, num_classes=1000)
    print(
        f"{name}：本页的设置 {count(ours):,}，论文的设置 {count(paper):,}，"
        f"去掉卷积层的偏置 {count(paper, biases_before_bn=False):,}"
    )
