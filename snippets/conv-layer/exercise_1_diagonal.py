import torch
import torch.nn.functional as F

X = torch.tril(torch.ones(6, 6))  # 对角线以下（含对角线）是 1，以上是 0
K = torch.tensor([[1.0, -1.0]])


def corr(X, K):
    return F.conv2d(X[None, None], K[None, None])[0, 0]


print("X:\n", X)
print("K applied to X:\n", corr(X, K))
print("K applied to X.T:\n", corr(X.T, K))
print("K.T applied to X:\n", corr(X, K.T))
