import torch
from torch import nn


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


class Conv2D(nn.Module):
    def __init__(self, kernel_size):
        super().__init__()
        self.weight = nn.Parameter(torch.rand(kernel_size))
        self.bias = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return corr2d(x, self.weight) + self.bias


X = torch.ones(6, 8)
X[:, 2:6] = 0
Y = corr2d(X, torch.tensor([[1.0, -1.0]]))

torch.manual_seed(0)
conv = Conv2D(kernel_size=(1, 2))
for step in range(1, 31):
    l = ((conv(X) - Y) ** 2).sum()
    conv.zero_grad()
    l.backward()  # 没有报错：逐元素赋值也记录在计算图里
    with torch.no_grad():
        for param in conv.parameters():
            param -= 1e-2 * param.grad
    if step % 10 == 0:
        print(f"step {step:2d}, loss {l.item():.3f}")
print("weight:", conv.weight.data, "bias:", conv.bias.data)
# 记录下来的是 CopySlices：把「往 Y[i, j] 里写」也当作一步运算求导
print(type(conv(X).grad_fn).__name__, corr2d(X, conv.weight).grad_fn.name())
