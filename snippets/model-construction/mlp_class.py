import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()  # 先让 nn.Module 做好登记子块和参数的准备
        self.hidden = nn.Linear(20, 256)  # 隐藏层
        self.out = nn.Linear(256, 10)  # 输出层

    def forward(self, X):
        return self.out(F.relu(self.hidden(X)))


torch.manual_seed(0)
net = MLP()
X = torch.rand(2, 20)
print(net(X).shape)
print(torch.equal(net(X), net.forward(X)))  # 调用块就是运行 forward
print([name for name, _ in net.named_children()])
