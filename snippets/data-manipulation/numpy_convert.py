import torch

X = torch.arange(4, dtype=torch.float32)
A = X.numpy()
B = torch.tensor(A)
print(type(A), type(B))

# torch.tensor copies: changing A leaves B alone.
A[0] = 100
print(A, B)
