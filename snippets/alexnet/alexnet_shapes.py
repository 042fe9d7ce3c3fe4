import time

import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

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

torch.manual_seed(0)
X = torch.randn(1, 1, 224, 224)
print(f"{'input':<10}{tuple(X.shape)}")
with torch.no_grad():
    for layer in net:
        X = layer(X)
        print(f"{layer.__class__.__name__:<10}{tuple(X.shape)}")

print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")

net.eval()
X = torch.randn(1, 1, 224, 224)
with torch.no_grad(), FlopCounterMode(display=False) as counter:
    net(X)
print(f"一次前向传播的浮点运算：{counter.get_total_flops() / 1e9:.2f} GFLOP")

with torch.no_grad():
    elapsed = []  # 计时 3 次取最短的一次，减少机器忙时的干扰
    for _ in range(3):
        start = time.perf_counter()
        net(X)
        elapsed.append(time.perf_counter() - start)
print("一张图像的前向传播不到 1 秒：", min(elapsed) < 1)
