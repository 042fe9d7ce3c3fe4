import torch
from torch import nn
from torch.nn import functional as F


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


torch.manual_seed(0)
block = Residual(3, 3)
with torch.no_grad():
    block.bn2.weight.zero_()  # 第二个批量规范化层的 gamma = 0
    block.bn2.bias.zero_()  # beta = 0：卷积那条路径的输出恒为 0
X = torch.randn(4, 3, 6, 6)
Y = block(X)
print("输出等于 ReLU(输入)：", torch.equal(Y, F.relu(X)))
print("非负的输入原样通过：", torch.equal(block(X.abs()), X.abs()))
