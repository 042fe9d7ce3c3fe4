import torch

X = torch.arange(12).reshape((3, 4))
X[1, 2] = 99
print(X)
X[0:2, :] = 12
print(X)
