import time

import torch
from torch import nn
from torch.nn import functional as F
from torch.utils.flop_counter import FlopCounterMode


class Inception(nn.Module):
    """四条并行路径，输出在通道维上连结；c1 到 c4 是每条路径的输出通道数。"""

    def __init__(self, in_channels, c1, c2, c3, c4):
        super().__init__()
        self.p1_1 = nn.Conv2d(in_channels, c1, kernel_size=1)
        self.p2_1 = nn.Conv2d(in_channels, c2[0], kernel_size=1)
        self.p2_2 = nn.Conv2d(c2[0], c2[1], kernel_size=3, padding=1)
        self.p3_1 = nn.Conv2d(in_channels, c3[0], kernel_size=1)
        self.p3_2 = nn.Conv2d(c3[0], c3[1], kernel_size=5, padding=2)
        self.p4_1 = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.p4_2 = nn.Conv2d(in_channels, c4, kernel_size=1)

    def forward(self, x):
        p1 = F.relu(self.p1_1(x))
        p2 = F.relu(self.p2_2(F.relu(self.p2_1(x))))
        p3 = F.relu(self.p3_2(F.relu(self.p3_1(x))))
        p4 = F.relu(self.p4_2(self.p4_1(x)))
        return torch.cat((p1, p2, p3, p4), dim=1)


def googlenet():
    b1 = nn.Sequential(
        nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b2 = nn.Sequential(
        nn.Conv2d(64, 64, kernel_size=1),
        nn.ReLU(),
        nn.Conv2d(64, 192, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b3 = nn.Sequential(
        Inception(192, 64, (96, 128), (16, 32), 32),
        Inception(256, 128, (128, 192), (32, 96), 64),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b4 = nn.Sequential(
        Inception(480, 192, (96, 208), (16, 48), 64),
        Inception(512, 160, (112, 224), (24, 64), 64),
        Inception(512, 128, (128, 256), (24, 64), 64),
        Inception(512, 112, (144, 288), (32, 64), 64),
        Inception(528, 256, (160, 320), (32, 128), 128),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b5 = nn.Sequential(
        Inception(832, 256, (160, 320), (32, 128), 128),
        Inception(832, 384, (192, 384), (48, 128), 128),
        nn.AdaptiveAvgPool2d((1, 1)),  # 全局平均汇聚层
        nn.Flatten(),
    )
    return nn.Sequential(b1, b2, b3, b4, b5, nn.Linear(1024, 10))


torch.manual_seed(0)
net = googlenet()
X = torch.rand(1, 1, 96, 96)  # D2L 训练 GoogLeNet 时用 96×96 的输入
print(f"{'input':<11}{tuple(X.shape)}")
with torch.no_grad():
    for block in net:
        X = block(X)
        print(f"{block.__class__.__name__:<11}{tuple(X.shape)}")

print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")

net.eval()
for size in (96, 224):
    X = torch.rand(1, 1, size, size)
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        net(X)
    print(
        f"输入 {size}×{size}，一次前向传播：{counter.get_total_flops() / 1e9:.2f} GFLOP"
    )

X = torch.rand(1, 1, 96, 96)
with torch.no_grad():
    elapsed = []  # 计时 3 次取最短的一次，减少机器忙时的干扰
    for _ in range(3):
        start = time.perf_counter()
        net(X)
        elapsed.append(time.perf_counter() - start)
print("96×96 的一张图像，前向传播不到 1 秒：", min(elapsed) < 1)
