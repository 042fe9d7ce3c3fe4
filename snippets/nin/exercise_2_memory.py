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


sizes = []  # 每个最底层的层的（输入元素个数，输出元素个数）
for module in net.modules():
    if not list(module.children()):
        module.register_forward_hook(
            lambda module, inputs, output: sizes.append(
                (inputs[0].numel(), output.numel())
            )
        )
net.to("meta")(torch.zeros(1, 1, 224, 224, device="meta"))

params = sum(p.numel() for p in net.parameters())
train_per_image = sizes[0][0] + sum(out for _, out in sizes)
predict_per_image = max(inp + out for inp, out in sizes)
mib = 4 / 2**20  # float32 每个元素 4 字节
print(f"参数：{params * mib:.1f} MiB（训练时梯度再占同样多）")
for batch_size in (1, 128):
    print(
        f"批量大小 {batch_size:>3}：训练要保留的各层输出 "
        f"{train_per_image * batch_size * mib:7.1f} MiB，"
        f"预测时同时存在的最多 {predict_per_image * batch_size * mib:6.1f} MiB"
    )
