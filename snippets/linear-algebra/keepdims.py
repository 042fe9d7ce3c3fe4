import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
sum_A = A.sum(axis=1, keepdims=True)
print(sum_A, sum_A.shape)
print(A.sum(axis=1).shape)
# keepdim (PyTorch's own name) and keepdims (NumPy's name) are the same option
print(torch.equal(sum_A, A.sum(dim=1, keepdim=True)))
