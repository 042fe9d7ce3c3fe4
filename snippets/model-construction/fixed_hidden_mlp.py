import torch
from torch import nn
from torch.nn import functional as F


class FixedHiddenMLP(nn.Module):
    def __init__(self):
        super().__init__()
        # 常数权重：不是 nn.Parameter，不参与训练
        self.rand_weight = torch.rand((20, 20), requires_grad=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(torch.mm(X, self.rand_weight) + 1)
        X = self.linear(X)  # 同一个全连接层用第二次，参数相同
        while X.abs().sum() > 1:  # Python 的控制流
            X /= 2
        return X.sum()


torch.manual_seed(0)
net = FixedHiddenMLP()
X = torch.rand(2, 20)
print(f"{net(X).item():.4f}")
print([name for name, _ in net.named_parameters()])
