import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.sum(axis=0))
print(A[0] + A[1] + A[2] + A[3] + A[4])  # add the 5 rows together
print(torch.stack([A[:, j].sum() for j in range(4)]))  # one sum per column
