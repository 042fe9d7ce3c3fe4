import torch
from torch import nn


class TwoInputs(nn.Module):
    """两种输入各有一个输入层，把它们映射到同样的 64 维，后面的层共用。"""

    def __init__(self):
        super().__init__()
        self.input_a = nn.LazyLinear(64)
        self.input_b = nn.LazyLinear(64)
        self.body = nn.Sequential(nn.ReLU(), nn.Linear(64, 10))  # 被两条路径绑定

    def forward(self, X):
        layer = self.input_a if X.shape[1] == 20 else self.input_b
        return self.body(layer(X))


torch.manual_seed(0)
net = TwoInputs()
print(net(torch.rand(2, 20)).shape, net(torch.rand(3, 35)).shape)
print(net.input_a.weight.shape, net.input_b.weight.shape)
print(sum(p.numel() for p in net.parameters()))  # 20*64+64 + 35*64+64 + 64*10+10
