import torch
from torch import nn


def conv_block(input_channels, num_channels):
    """ResNet 改进版的「批量规范化、激活、卷积」结构。"""
    return nn.Sequential(
        nn.BatchNorm2d(input_channels),
        nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=3, padding=1),
    )


class DenseBlock(nn.Module):
    """num_convs 个卷积块，每个卷积块的输入是前面所有输出在通道维上的连结。"""

    def __init__(self, num_convs, input_channels, num_channels):
        super().__init__()
        layer = []
        for i in range(num_convs):
            layer.append(conv_block(num_channels * i + input_channels, num_channels))
        self.net = nn.Sequential(*layer)

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = torch.cat((X, Y), dim=1)  # 在通道维上连结输入和输出
        return X


def transition_block(input_channels, num_channels):
    """1×1 卷积减少通道数，步幅为 2 的平均汇聚层把高和宽减半。"""
    return nn.Sequential(
        nn.BatchNorm2d(input_channels),
        nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=1),
        nn.AvgPool2d(kernel_size=2, stride=2),
    )


torch.manual_seed(0)
X = torch.randn(4, 3, 8, 8)
blk = DenseBlock(2, 3, 10)  # 2 个卷积块，增长率 10
Y = blk(X)
print("稠密块：", tuple(X.shape), "->", tuple(Y.shape))
print("输出的前 3 个通道就是输入：", torch.equal(Y[:, :3], X))
print("过渡层：", tuple(Y.shape), "->", tuple(transition_block(23, 10)(Y).shape))
