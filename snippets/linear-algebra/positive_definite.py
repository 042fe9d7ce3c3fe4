import torch

torch.manual_seed(0)
B = torch.randn(4, 3)
A = B.T @ B + 0.1 * torch.eye(3)
print(torch.allclose(A, A.T))
eigenvalues = torch.linalg.eigvalsh(A)
print(eigenvalues, (eigenvalues > 0).all().item())
xs = torch.randn(5, 3)  # five random nonzero vectors, one per row
quad = ((xs @ A) * xs).sum(axis=1)  # x^T A x for each row x
print(quad)
print((quad > 0).all().item())
