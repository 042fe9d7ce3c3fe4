import torch
from torch import nn

# D2L 7.1 的 AlexNet（与 alexnet_shapes.py 相同）

# D2L 7.1 的 AlexNet：单通道 224×224 输入，10 个类别

# D2L 7.1 的 AlexNet：单通道 224×224 输入，10 个类别
net = nn.Sequential(
    # 第 1 段：11×11 的大窗口，步幅 4，输出通道 96
    nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    # 第 2 段：5×5 窗口，填充 2 保持高和宽，输出通道 256
    nn.Conv2d(96, 256, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    # 第 3 段：三个 3×3 卷积层，中间不做汇聚
    nn.Conv2d(256, 384, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(384, 384, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(384, 256, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    # 全连接部分：两个 4096 单元的隐藏层，各带暂退法
    nn.Flatten(),
    nn.Linear(256 * 5 * 5, 4096),
    nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(4096, 4096),
    nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(4096, 10),
)

net.to("meta")  # meta 设备上只推算形状，不做计算，也不占内存
features = net[:13]  # 卷积部分：到最后一个汇聚层为止


def output_side(module, size):
    """size×size 的输入经过 module 后的宽；形状不合法时返回 None。"""
    try:
        return module(torch.zeros(1, 1, size, size, device="meta")).shape[-1]
    except RuntimeError:
        return None


conv_ok = [size for size in range(1, 400) if output_side(features, size)]
print("卷积部分能处理的最小输入：", conv_ok[0])
net_ok = [size for size in range(1, 400) if output_side(net, size)]
print(f"整个网络能处理的输入：{net_ok[0]} 到 {net_ok[-1]}，共 {len(net_ok)} 种")
print("224 时卷积部分输出的宽：", output_side(features, 224))
