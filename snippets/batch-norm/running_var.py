import torch
from torch import nn

bn = nn.BatchNorm1d(1, momentum=1.0)  # momentum=1：移动平均直接等于这一批的统计量
X = torch.tensor([[1.0], [2.0], [3.0], [6.0]])
bn.train()
Y = bn(X)

print("有偏方差（除以 n）：    ", X.var(unbiased=False).item())
print("无偏方差（除以 n - 1）：", round(X.var(unbiased=True).item(), 4))
print("running_var：          ", round(bn.running_var.item(), 4))
# 规范化本身用的是有偏方差
X_hat = (X - X.mean()) / torch.sqrt(X.var(unbiased=False) + bn.eps)
print("输出按有偏方差规范化：", torch.allclose(Y, X_hat))
