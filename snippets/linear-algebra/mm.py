import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = torch.ones(4, 3)  # 4 rows, 3 columns
C = torch.mm(A, B)
print(B.shape, C.shape)
print(C)
print(torch.equal(C, torch.matmul(A, B)), torch.equal(C, A @ B))
print(torch.equal(C[:, 0], A.sum(axis=1)))  # each column of C holds the row sums of A
