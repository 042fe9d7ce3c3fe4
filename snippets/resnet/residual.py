import torch
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


torch.manual_seed(0)
X = torch.rand(4, 3, 6, 6)
print("输入：", tuple(X.shape))
print("输入输出形状相同：", tuple(Residual(3, 3)(X).shape))
print(
    "1×1 卷积，通道加倍、高宽减半：",
    tuple(Residual(3, 6, use_1x1conv=True, strides=2)(X).shape),
)
try:
    Residual(3, 6)(X)  # 改变了通道数，跨层通路却没有 1×1 卷积
except RuntimeError as error:
    print(f"RuntimeError: {error}")
