import torch

x = torch.arange(4, dtype=torch.float32)
print(x, x.sum())
A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.shape, A.sum())
