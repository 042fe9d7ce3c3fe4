import torch
from torch import nn


def bottleneck_block(input_channels, growth_rate):
    """DenseNet-B 的卷积块：1×1 卷积先输出 4 * growth_rate 个通道，再做 3×3 卷积。"""
    return nn.Sequential(
        nn.BatchNorm2d(input_channels),
        nn.ReLU(),
        nn.Conv2d(input_channels, 4 * growth_rate, kernel_size=1, bias=False),
        nn.BatchNorm2d(4 * growth_rate),
        nn.ReLU(),
        nn.Conv2d(4 * growth_rate, growth_rate, kernel_size=3, padding=1, bias=False),
    )


class DenseBlock(nn.Module):
    def __init__(self, num_convs, input_channels, growth_rate):
        super().__init__()
        self.net = nn.Sequential(
            *[
                bottleneck_block(input_channels + i * growth_rate, growth_rate)
                for i in range(num_convs)
            ]
        )

    def forward(self, X):
        for blk in self.net:
            X = torch.cat((X, blk(X)), dim=1)
        return X


def transition_block(input_channels, num_channels):
    return nn.Sequential(
        nn.BatchNorm2d(input_channels),
        nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=1, bias=False),
        nn.AvgPool2d(kernel_size=2, stride=2),
    )


def densenet_bc(block_config, growth_rate=32, in_channels=3, num_classes=1000):
    """论文表 1 的 DenseNet-BC：瓶颈卷积块，过渡层把通道数减半。"""
    layers = [
        nn.Conv2d(
            in_channels, 2 * growth_rate, kernel_size=7, stride=2, padding=3, bias=False
        ),
        nn.BatchNorm2d(2 * growth_rate),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    ]
    num_channels = 2 * growth_rate
    for i, num_convs in enumerate(block_config):
        layers.append(DenseBlock(num_convs, num_channels, growth_rate))
        num_channels += num_convs * growth_rate
        if i != len(block_config) - 1:
            layers.append(transition_block(num_channels, num_channels // 2))
            num_channels //= 2
    layers += [
        nn.BatchNorm2d(num_channels),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(num_channels, num_classes),
    ]
    return nn.Sequential(*layers)


for name, config in (
    ("DenseNet-121", (6, 12, 24, 16)),
    ("DenseNet-169", (6, 12, 32, 32)),
):
    with torch.device("meta"):
        net = densenet_bc(config)
    X = torch.zeros(1, 3, 224, 224, device="meta")
    print(
        f"{name}：输出 {tuple(net(X).shape)}，参数 {sum(p.numel() for p in net.parameters()):,}"
    )
