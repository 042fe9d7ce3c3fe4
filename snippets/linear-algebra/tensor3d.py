import torch

X = torch.arange(24).reshape(2, 3, 4)
print(X)
print(X.shape, X.ndim, X.numel())
