import time

import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


def nin_block(in_channels, out_channels, kernel_size, strides, padding):
    """一个普通卷积层，后接两个 1×1 卷积层（逐像素的全连接层），每层后接 ReLU。"""
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, kernel_size, strides, padding),
        nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1),
        nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1),
        nn.ReLU(),
    )


# D2L 7.3 的 NiN：窗口和通道数沿用 AlexNet，没有全连接层
net = nn.Sequential(
    nin_block(1, 96, kernel_size=11, strides=4, padding=0),
    nn.MaxPool2d(3, stride=2),
    nin_block(96, 256, kernel_size=5, strides=1, padding=2),
    nn.MaxPool2d(3, stride=2),
    nin_block(256, 384, kernel_size=3, strides=1, padding=1),
    nn.MaxPool2d(3, stride=2),
    nn.Dropout(0.5),
    # 最后一个 NiN 块的输出通道数等于类别数
    nin_block(384, 10, kernel_size=3, strides=1, padding=1),
    nn.AdaptiveAvgPool2d((1, 1)),  # 全局平均汇聚层
    nn.Flatten(),  # (批量大小, 10, 1, 1) -> (批量大小, 10)
)

torch.manual_seed(0)
X = torch.rand(1, 1, 224, 224)
print(f"{'input':<18}{tuple(X.shape)}")
with torch.no_grad():
    for layer in net:
        X = layer(X)
        print(f"{layer.__class__.__name__:<18}{tuple(X.shape)}")

print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")

net.eval()
X = torch.rand(1, 1, 224, 224)
with torch.no_grad(), FlopCounterMode(display=False) as counter:
    net(X)
print(f"一次前向传播的浮点运算：{counter.get_total_flops() / 1e9:.2f} GFLOP")

with torch.no_grad():
    elapsed = []  # 计时 3 次取最短的一次，减少机器忙时的干扰
    for _ in range(3):
        start = time.perf_counter()
        net(X)
        elapsed.append(time.perf_counter() - start)
print("一张图像的前向传播不到 1 秒：", min(elapsed) < 1)
