import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.cumsum(axis=0))
print(A.cumsum(axis=1))
print(torch.equal(A.cumsum(axis=0)[-1], A.sum(axis=0)))
