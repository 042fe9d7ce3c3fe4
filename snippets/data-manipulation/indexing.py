import torch

X = torch.arange(12).reshape((3, 4))
print(X[-1])
print(X[1:3])
print(X[1, 2])
print(X[:, 1])
