import torch
from torch import nn
from torch.nn import functional as F


class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.rand_weight = torch.rand((20, 20), requires_grad=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(torch.mm(X, self.rand_weight) + 1)
        X = self.linear(X)
        halvings = 0
        while X.abs().sum() > 1:
            X /= 2
            halvings += 1
        print("halvings:", halvings)
        return X.sum()


torch.manual_seed(0)
net = FixedHiddenMLP()
net(torch.rand(2, 20)).backward()
print(net.linear.weight.grad.shape)
print(net.rand_weight.grad)  # 常数权重没有梯度
net(torch.rand(2, 20) * 10)  # 另一个输入，循环次数不同
