from torch import nn


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


net = vgg(((1, 64), (1, 128), (2, 256), (2, 512), (2, 512)))
print("net 的直接子模块：", len(net))
print("其中 VGG 块：", sum(isinstance(m, nn.Sequential) for m in net))
conv = [m for m in net.modules() if isinstance(m, nn.Conv2d)]
linear = [m for m in net.modules() if isinstance(m, nn.Linear)]
print("卷积层：", len(conv), " 全连接层：", len(linear))
print("第 4 个块：", net[3])
