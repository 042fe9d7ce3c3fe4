import torch
from torch import nn


def receptive_field(net):
    """输出中心像素依赖输入的哪些像素：对它求梯度，数梯度非零的行和列。"""
    X = torch.randn(1, 1, 15, 15, dtype=torch.float64, requires_grad=True)
    Y = net(X)
    Y[0, 0, 7, 7].backward()
    rows = (X.grad[0, 0].abs().sum(dim=1) > 0).sum().item()
    cols = (X.grad[0, 0].abs().sum(dim=0) > 0).sum().item()
    return rows, cols


def num_params(net):
    return sum(p.numel() for p in net.parameters())


torch.manual_seed(0)
c = 64  # 输入、输出通道数
one_5x5 = nn.Conv2d(1, c, kernel_size=5, padding=2).double()
two_3x3 = nn.Sequential(
    nn.Conv2d(1, c, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(c, c, kernel_size=3, padding=1),
).double()
print("一个 5×5 卷积层，感受野：", receptive_field(one_5x5))
print("两个 3×3 卷积层，感受野：", receptive_field(two_3x3))

# 通道数都是 c 时（网络中间的层），比较权重个数（不计偏置）
print(f"c 个通道到 c 个通道，一个 5×5：{25 * c * c:,} 个权重")
print(f"c 个通道到 c 个通道，两个 3×3：{2 * 9 * c * c:,} 个权重")
