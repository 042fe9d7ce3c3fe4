import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
P = A / A.sum(axis=1, keepdims=True)
print(P)
print(P.sum(axis=1))
