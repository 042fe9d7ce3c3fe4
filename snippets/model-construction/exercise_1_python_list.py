import torch
from torch import nn


class ListSequential(nn.Module):
    def __init__(self, *blocks):
        super().__init__()
        self.blocks = list(blocks)  # 普通的 Python 列表，nn.Module 看不见里面的块

    def forward(self, X):
        for block in self.blocks:
            X = block(X)
        return X


torch.manual_seed(0)
net = ListSequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
print(net(torch.rand(2, 20)).shape)  # 前向传播照常工作
print(len(list(net.parameters())), len(net.state_dict()))
print(net)
try:
    torch.optim.SGD(net.parameters(), lr=0.1)
except ValueError as error:
    print(f"ValueError: {error}")

# nn.ModuleList 像列表一样用，但会登记其中的块
net.blocks = nn.ModuleList(net.blocks)
print(len(list(net.parameters())), len(net.state_dict()))
