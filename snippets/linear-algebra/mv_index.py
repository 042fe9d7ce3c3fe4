import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
x = torch.arange(4, dtype=torch.float32)
terms = A * x  # terms[i, j] = a_ij * x_j
right = terms.sum(axis=1)  # sum over j: one value per row i
wrong = terms.sum(axis=0)  # sum over i: one value per column j
print(right, right.shape, torch.equal(right, torch.mv(A, x)))
print(wrong, wrong.shape)
