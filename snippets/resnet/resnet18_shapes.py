import time

import torch
from torch import nn
from torch.nn import functional as F
from torch.utils.flop_counter import FlopCounterMode


class Residual(nn.Module):
    def __init__(self, input_channels, num_channels, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.Conv2d(
            input_channels, num_channels, kernel_size=3, padding=1, stride=strides
        )
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2d(
                input_channels, num_channels, kernel_size=1, stride=strides
            )
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.bn2 = nn.BatchNorm2d(num_channels)

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.relu(Y + X)


def resnet_block(input_channels, num_channels, num_residuals, first_block=False):
    """一个模块：num_residuals 个残差块；除第一个模块外，第一个残差块通道加倍、高宽减半。"""
    blk = []
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.append(
                Residual(input_channels, num_channels, use_1x1conv=True, strides=2)
            )
        else:
            blk.append(Residual(num_channels, num_channels))
    return nn.Sequential(*blk)


b1 = nn.Sequential(
    nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
)
net = nn.Sequential(
    b1,
    resnet_block(64, 64, 2, first_block=True),
    resnet_block(64, 128, 2),
    resnet_block(128, 256, 2),
    resnet_block(256, 512, 2),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(),
    nn.Linear(512, 10),
)

torch.manual_seed(0)
X = torch.rand(1, 1, 224, 224)
print(f"{'input':<18}{tuple(X.shape)}")
net.eval()
with torch.no_grad():
    for layer in net:
        X = layer(X)
        print(f"{layer.__class__.__name__:<18}{tuple(X.shape)}")

layers = [
    m
    for m in net.modules()
    if isinstance(m, nn.Linear)
    or (isinstance(m, nn.Conv2d) and m.kernel_size != (1, 1))
]
print("卷积层和全连接层（不计跨层通路上的 1×1 卷积）：", len(layers))
print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")

for size in (96, 224):
    X = torch.rand(1, 1, size, size)
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        net(X)
    print(
        f"输入 {size}×{size}，一次前向传播：{counter.get_total_flops() / 1e9:.2f} GFLOP"
    )

X = torch.rand(1, 1, 224, 224)
with torch.no_grad():
    elapsed = []  # 计时 3 次取最短的一次，减少机器忙时的干扰
    for _ in range(3):
        start = time.perf_counter()
        net(X)
        elapsed.append(time.perf_counter() - start)
print("224×224 的一张图像，前向传播不到 1 秒：", min(elapsed) < 1)
