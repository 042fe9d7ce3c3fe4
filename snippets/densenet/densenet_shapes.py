import time

import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


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


def densenet():
    # 与 ResNet 相同的第一个模块
    b1 = nn.Sequential(
        nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    # 4 个稠密块，每个 4 个卷积块，增长率 32；稠密块之间的过渡层把通道数减半
    num_channels, growth_rate = 64, 32
    num_convs_in_dense_blocks = [4, 4, 4, 4]
    blks = []
    for i, num_convs in enumerate(num_convs_in_dense_blocks):
        blks.append(DenseBlock(num_convs, num_channels, growth_rate))
        num_channels += num_convs * growth_rate  # 这个稠密块的输出通道数
        if i != len(num_convs_in_dense_blocks) - 1:
            blks.append(transition_block(num_channels, num_channels // 2))
            num_channels = num_channels // 2
    return nn.Sequential(
        b1,
        *blks,
        nn.BatchNorm2d(num_channels),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d((1, 1)),  # 全局平均汇聚层
        nn.Flatten(),
        nn.Linear(num_channels, 10),
    )


torch.manual_seed(0)
net = densenet()
net.eval()
X = torch.rand(1, 1, 96, 96)  # D2L 训练 DenseNet 时用 96×96 的输入
print(f"{'input':<18}{tuple(X.shape)}")
with torch.no_grad():
    for layer in net:
        X = layer(X)
        print(f"{layer.__class__.__name__:<18}{tuple(X.shape)}")

print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")

for size in (96, 224):
    X = torch.rand(1, 1, size, size)
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        net(X)
    print(
        f"输入 {size}×{size}，一次前向传播：{counter.get_total_flops() / 1e9:.2f} GFLOP"
    )

X = torch.rand(1, 1, 96, 96)
with torch.no_grad():
    elapsed = []  # 计时 3 次取最短的一次，减少机器忙时的干扰
    for _ in range(3):
        start = time.perf_counter()
        net(X)
        elapsed.append(time.perf_counter() - start)
print("96×96 的一张图像，前向传播不到 1 秒：", min(elapsed) < 1)
