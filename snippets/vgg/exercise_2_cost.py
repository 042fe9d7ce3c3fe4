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


def cost(net):
    """（参数个数，前向 GFLOP，一张图像每一层输出的元素个数之和）"""
    activations = []
    for module in net.modules():
        if not list(module.children()):  # 只数最底层的层，块内的层也算在内
            module.register_forward_hook(
                lambda module, inputs, output: activations.append(output.numel())
            )
    with FlopCounterMode(display=False) as counter:
        net(torch.zeros(1, 1, 224, 224, device="meta"))
    params = sum(p.numel() for p in net.parameters())
    return params, counter.get_total_flops() / 1e9, sum(activations)


# meta 设备：只有形状，不分配内存，也不做计算
with torch.device("meta"):
    nets = {
        "AlexNet": alexnet(),
        "VGG-11": vgg(((1, 64), (1, 128), (2, 256), (2, 512), (2, 512))),
    }
for name, net in nets.items():
    params, gflop, activations = cost(net)
    print(
        f"{name:<8} 参数 {params:>11,}  运算 {gflop:5.2f} GFLOP  各层输出 {activations:>10,}"
    )
