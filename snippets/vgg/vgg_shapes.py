import time

import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


def vgg_block(num_convs, in_channels, out_channels):
    """num_convs 个 3×3 卷积层（填充 1，保持高和宽），再接一个高和宽减半的最大汇聚层。"""
    layers = []
    for _ in range(num_convs):
        layers.append(nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1))
        layers.append(nn.ReLU())
        in_channels = out_channels
    layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
    return nn.Sequential(*layers)


def vgg(conv_arch, num_hiddens=4096, side=7):
    """conv_arch 的每一项是（卷积层个数，输出通道数），一项对应一个 VGG 块。"""
    blocks, in_channels = [], 1
    for num_convs, out_channels in conv_arch:
        blocks.append(vgg_block(num_convs, in_channels, out_channels))
        in_channels = out_channels
    return nn.Sequential(
        *blocks,
        nn.Flatten(),
        nn.Linear(in_channels * side * side, num_hiddens),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(num_hiddens, num_hiddens),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(num_hiddens, 10),
    )


# VGG-11：5 个块，共 8 个卷积层，加上 3 个全连接层
conv_arch = ((1, 64), (1, 128), (2, 256), (2, 512), (2, 512))
torch.manual_seed(0)
net = vgg(conv_arch)

X = torch.randn(1, 1, 224, 224)
print(f"{'input':<11}{tuple(X.shape)}")
with torch.no_grad():
    for block in net:
        X = block(X)
        print(f"{block.__class__.__name__:<11}{tuple(X.shape)}")

print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")

net.eval()
X = torch.randn(1, 1, 224, 224)
with torch.no_grad(), FlopCounterMode(display=False) as counter:
    net(X)
print(f"一次前向传播的浮点运算：{counter.get_total_flops() / 1e9:.2f} GFLOP")

with torch.no_grad():
    elapsed = []  # 计时 3 次取最短的一次，减少机器忙时的干扰
    for _ in range(3):
        start = time.perf_counter()
        net(X)
        elapsed.append(time.perf_counter() - start)
print("一张图像的前向传播不到 5 秒：", min(elapsed) < 5)
