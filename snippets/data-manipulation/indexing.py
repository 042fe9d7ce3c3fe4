import torch

X = torch.arange(12).reshape((3, 4))
print(X[-1])
print(X[1:3])
print(X[1, 2])  # row 1, column 2 (both counted from 0)
print(X[1, :])  # the same as X[1]
print(X[:, 1])
print(X[1:3, 1:])
