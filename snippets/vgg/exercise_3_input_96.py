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


conv_arch = ((1, 64), (1, 128), (2, 256), (2, 512), (2, 512))
for size in (224, 96):
    side = size // 2**5  # 5 个块，每个块把高和宽减半
    with torch.device("meta"):
        net = vgg(conv_arch, side=side)
    X = torch.zeros(1, 1, size, size, device="meta")
    with FlopCounterMode(display=False) as counter:
        Y = net(X)
    params = sum(p.numel() for p in net.parameters())
    print(
        f"输入 {size}×{size}：卷积部分输出 {side}×{side}，参数 {params:,}，"
        f"运算 {counter.get_total_flops() / 1e9:.2f} GFLOP，输出 {tuple(Y.shape)}"
    )
