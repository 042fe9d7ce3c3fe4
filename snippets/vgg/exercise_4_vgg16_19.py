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


def vgg(conv_arch, num_hiddens=4096, side=7, in_channels=1, num_classes=10):
    """conv_arch 的每一项是（卷积层个数，输出通道数），一项对应一个 VGG 块。"""
    blocks = []
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
        nn.Linear(num_hiddens, num_classes),
    )


# VGG 论文表 1 中的配置 A、D、E：每个块的卷积层个数不同，通道数相同
configs = {
    "VGG-11": ((1, 64), (1, 128), (2, 256), (2, 512), (2, 512)),
    "VGG-16": ((2, 64), (2, 128), (3, 256), (3, 512), (3, 512)),
    "VGG-19": ((2, 64), (2, 128), (4, 256), (4, 512), (4, 512)),
}
for name, conv_arch in configs.items():
    num_convs = sum(n for n, _ in conv_arch)
    with torch.device("meta"):
        ours = vgg(conv_arch)  # 单通道输入、10 个类别，本页的设置
        paper = vgg(conv_arch, in_channels=3, num_classes=1000)  # 论文的设置
    X = torch.zeros(1, 1, 224, 224, device="meta")
    with FlopCounterMode(display=False) as counter:
        ours(X)
    print(
        f"{name}：{num_convs} 个卷积层 + 3 个全连接层，"
        f"参数 {sum(p.numel() for p in ours.parameters()):,}"
        f"（论文设置 {sum(p.numel() for p in paper.parameters()):,}），"
        f"运算 {counter.get_total_flops() / 1e9:.2f} GFLOP"
    )
