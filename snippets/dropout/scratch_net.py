import torch
from torch import nn


def dropout_layer(X, p):
    assert 0 <= p <= 1
    if p == 1:
        return torch.zeros_like(X)
    if p == 0:
        return X
    mask = (torch.rand(X.shape) > p).float()
    return mask * X / (1.0 - p)


class Net(nn.Module):
    def __init__(
        self, num_inputs=64, num_hiddens1=256, num_hiddens2=256, p1=0.2, p2=0.5
    ):
        super().__init__()
        self.p1, self.p2 = p1, p2
        self.lin1 = nn.Linear(num_inputs, num_hiddens1)
        self.lin2 = nn.Linear(num_hiddens1, num_hiddens2)
        self.lin3 = nn.Linear(num_hiddens2, 10)

    def forward(self, X):
        H1 = torch.relu(self.lin1(X.reshape(X.shape[0], -1)))
        if self.training:  # 只在训练时使用暂退法
            H1 = dropout_layer(H1, self.p1)
        H2 = torch.relu(self.lin2(H1))
        if self.training:
            H2 = dropout_layer(H2, self.p2)
        return self.lin3(H2)


torch.manual_seed(0)
net = Net()
X = torch.rand(2, 1, 8, 8)  # 两张 8×8 的「图像」
net.train()
print("train mode, same input twice:", torch.equal(net(X), net(X)))
net.eval()
print("eval mode, same input twice: ", torch.equal(net(X), net(X)))
print(net(X).shape)
