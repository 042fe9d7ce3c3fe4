import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = torch.ones(4, 3)
C = torch.mm(A, B)
print(C, C.shape)
print(torch.equal(C, torch.matmul(A, B)), torch.equal(C, A @ B))
