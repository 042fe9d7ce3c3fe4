import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.output = nn.Linear(256, 10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))


torch.manual_seed(0)
net = MLP()
X = torch.randn(2, 20)
Y = net(X)
torch.save(net.state_dict(), "mlp.params")

clone = MLP()  # 一个新实例：参数是另一组随机数
print(torch.equal(clone(X), Y))
print(clone.load_state_dict(torch.load("mlp.params")))
clone.eval()
Y_clone = clone(X)
print(Y_clone == Y)
