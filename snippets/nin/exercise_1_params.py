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


def nin():
    return nn.Sequential(
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


def alexnet():
    return nn.Sequential(
        nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(96, 256, kernel_size=5, padding=2),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(256, 384, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.Conv2d(384, 384, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.Conv2d(384, 256, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Flatten(),
        nn.Linear(6400, 4096),
        nn.ReLU(),
        nn.Dropout(p=0.5),
        nn.Linear(4096, 4096),
        nn.ReLU(),
        nn.Dropout(p=0.5),
        nn.Linear(4096, 10),
    )


with torch.device("meta"):  # 只推算形状，不分配内存
    nets = {"AlexNet": alexnet(), "NiN": nin()}
for name, net in nets.items():
    with FlopCounterMode(display=False) as counter:
        net(torch.zeros(1, 1, 224, 224, device="meta"))
    params = sum(p.numel() for p in net.parameters())
    print(
        f"{name:<8} 参数 {params:>10,}  运算 {counter.get_total_flops() / 1e9:.2f} GFLOP"
    )

# NiN 的参数在哪里：按块统计
for i, module in enumerate(nets["NiN"]):
    count = sum(p.numel() for p in module.parameters())
    if count:
        print(f"  net[{i}] {count:>9,}")
