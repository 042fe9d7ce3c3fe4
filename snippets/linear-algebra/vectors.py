import torch

x = torch.arange(4)
print(x)
print(x[3])
print(len(x), x.shape, x.ndim)
