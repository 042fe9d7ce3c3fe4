import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.mean(), A.sum() / A.numel())
print(A.mean(axis=0), A.sum(axis=0) / A.shape[0])
print(A.mean(axis=1), A.sum(axis=1) / A.shape[1])
