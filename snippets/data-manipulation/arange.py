import torch

x = torch.arange(12)
print(x)
print(x.shape)
print(x.numel())
