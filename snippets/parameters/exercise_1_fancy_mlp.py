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
        while X.abs().sum() > 1:
            X /= 2
        return X.sum()


torch.manual_seed(0)
net = FixedHiddenMLP()
for name, param in net.named_parameters():
    print(name, tuple(param.shape), param.requires_grad)
print(list(net.state_dict().keys()))
print(net.linear.bias.data[:3])


class BufferedMLP(FixedHiddenMLP):
    def __init__(self):
        super().__init__()
        # 缓冲区：不是参数，但会进入 state_dict，也会随 .to(device) 移动
        self.register_buffer("fixed_weight", self.rand_weight)


print(list(BufferedMLP().state_dict().keys()))
print(len(list(BufferedMLP().parameters())))
