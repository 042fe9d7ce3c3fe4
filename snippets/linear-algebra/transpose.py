import torch

A = torch.arange(20).reshape(5, 4)
print(A)
print(A.T)
print(A.shape, A.T.shape, A[1, 3] == A.T[3, 1])
