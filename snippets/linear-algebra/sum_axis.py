import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A)
s0 = A.sum(axis=0)
s1 = A.sum(axis=1)
print(s0, s0.shape)
print(s1, s1.shape)
print(A.sum(axis=[0, 1]), A.sum(axis=[0, 1]) == A.sum())
