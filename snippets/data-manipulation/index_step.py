import torch

X = torch.arange(24).reshape((4, 6))
print(X)
print(X[::2, ::3])
print(X[1:, 1::2])
