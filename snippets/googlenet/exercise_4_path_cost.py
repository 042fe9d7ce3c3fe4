import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

# GoogLeNet 的第一个 Inception 块：Inception(192, 64, (96, 128), (16, 32), 32)
X = torch.zeros(1, 192, 12, 12)  # 96×96 输入时，第一个 Inception 块的输入
paths = {
    "1: 1×1": nn.Conv2d(192, 64, kernel_size=1),
    "2: 1×1 + 3×3": nn.Sequential(
        nn.Conv2d(192, 96, kernel_size=1), nn.Conv2d(96, 128, kernel_size=3, padding=1)
    ),
    "3: 1×1 + 5×5": nn.Sequential(
        nn.Conv2d(192, 16, kernel_size=1), nn.Conv2d(16, 32, kernel_size=5, padding=2)
    ),
    "4: 汇聚 + 1×1": nn.Sequential(
        nn.MaxPool2d(kernel_size=3, stride=1, padding=1),
        nn.Conv2d(192, 32, kernel_size=1),
    ),
    "3 不减少通道: 5×5": nn.Conv2d(192, 32, kernel_size=5, padding=2),
}
for name, path in paths.items():
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        Y = path(X)
    params = sum(p.numel() for p in path.parameters())
    print(
        f"路径 {name:<12} 输出通道 {Y.shape[1]:>3}，参数 {params:>7,}，"
        f"运算 {counter.get_total_flops() / 1e6:6.1f} MFLOP"
    )
