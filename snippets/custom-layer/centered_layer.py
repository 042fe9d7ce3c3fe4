import torch
from torch import nn


class CenteredLayer(nn.Module):
    """从输入中减去它的均值：没有参数。"""

    def forward(self, X):
        return X - X.mean()


layer = CenteredLayer()
print(layer(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])))
print(len(list(layer.parameters())))

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(8, 128), CenteredLayer())
Y = net(torch.rand(4, 8))
print(Y.shape, abs(Y.mean().item()) < 1e-6)  # 均值在浮点误差之内为 0
