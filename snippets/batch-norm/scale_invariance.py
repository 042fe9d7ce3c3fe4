import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(8, 3, 6, 6, dtype=torch.float64)
target = torch.randn(8, 4, 4, 4, dtype=torch.float64)


def conv_bn(scale):
    """同一个卷积层（权重和偏置乘以 scale）后接批量规范化层，训练模式。"""
    torch.manual_seed(1)
    conv = nn.Conv2d(3, 4, kernel_size=3).double()
    with torch.no_grad():
        conv.weight *= scale
        conv.bias *= scale
    return conv, nn.Sequential(conv, nn.BatchNorm2d(4).double())


for scale in (1, 10):
    conv, net = conv_bn(scale)
    Y = net(X)
    loss = ((Y - target) ** 2).mean()
    loss.backward()
    ratio = conv.weight.grad.norm() / conv.weight.norm()
    print(
        f"scale {scale:2d}：输出的前 3 个数 {Y.flatten()[:3].detach().numpy().round(4)}，"
        f"梯度范数 / 权重范数 {ratio.item():.2e}"
    )
