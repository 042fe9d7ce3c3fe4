import torch
from torch import nn


class Parallel(nn.Module):
    """把同一个输入分别送进两个块，再把两个输出沿特征轴连结。"""

    def __init__(self, net1, net2):
        super().__init__()
        self.net1 = net1
        self.net2 = net2

    def forward(self, X):
        return torch.cat((self.net1(X), self.net2(X)), dim=1)


torch.manual_seed(0)
net1 = nn.Sequential(nn.Linear(20, 8), nn.ReLU())
net2 = nn.Linear(20, 3)
parallel = Parallel(net1, net2)
X = torch.rand(2, 20)
Y = parallel(X)
print(Y.shape)
print(torch.equal(Y[:, :8], net1(X)), torch.equal(Y[:, 8:], net2(X)))
print(sum(p.numel() for p in parallel.parameters()))  # (20*8+8) + (20*3+3)
