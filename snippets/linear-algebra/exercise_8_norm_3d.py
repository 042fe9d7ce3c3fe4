import torch

X = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
print(torch.linalg.norm(X))  # no ord, no dim: flatten, then the L2 norm
print((X**2).sum(), torch.sqrt((X**2).sum()), torch.linalg.vector_norm(X))
print(torch.linalg.matrix_norm(X))  # one Frobenius norm per 3x4 matrix
try:
    torch.linalg.norm(X, ord=2)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
