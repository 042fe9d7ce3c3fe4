import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.nn import functional as F


class Residual(nn.Module):
    """两个 3×3 卷积层（各接批量规范化），输入经跨层通路加到第二个批量规范化层的输出上；
    use_1x1conv=True 时，跨层通路上用 1×1 卷积调整通道数和分辨率。"""

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


def plain_block(channels):
    """与 Residual(channels, channels) 相同的两个卷积层，但没有跨层通路。"""
    return nn.Sequential(
        nn.Conv2d(channels, channels, kernel_size=3, padding=1),
        nn.BatchNorm2d(channels),
        nn.ReLU(),
        nn.Conv2d(channels, channels, kernel_size=3, padding=1),
        nn.BatchNorm2d(channels),
        nn.ReLU(),
    )


def make_net(num_blocks, residual):
    blocks = [
        Residual(16, 16) if residual else plain_block(16) for _ in range(num_blocks)
    ]
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        *blocks,
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(16, 10),
    )


digits = load_digits()
X = torch.tensor(digits.images[:32], dtype=torch.float64).unsqueeze(1) / 16
y = torch.tensor(digits.target[:32], dtype=torch.long)

print("块数  卷积层数  第一层梯度范数：普通网络   残差网络")
for num_blocks in (1, 4, 16, 32):
    norms = []
    for residual in (False, True):
        torch.manual_seed(0)
        net = make_net(num_blocks, residual).double()
        F.cross_entropy(net(X), y).backward()
        norms.append(net[0].weight.grad.norm().item())
    print(
        f"{num_blocks:4d}  {2 * num_blocks + 1:8d}  {norms[0]:22.2e}  {norms[1]:9.2e}"
    )
