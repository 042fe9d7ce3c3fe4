import torch
from torch import nn


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

net.to("meta")  # 只推算形状
for size in (96, 224, 300):
    X = torch.zeros(1, 1, size, size, device="meta")
    before_pooling = net[:-2](X)  # 全局平均汇聚层之前
    print(
        f"输入 {size}×{size}：汇聚前 {tuple(before_pooling.shape)}，输出 {tuple(net(X).shape)}"
    )
