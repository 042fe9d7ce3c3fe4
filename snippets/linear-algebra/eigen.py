import torch

torch.manual_seed(0)
M = torch.randn(3, 3)
S = M + M.T  # symmetric
eigenvalues, V = torch.linalg.eigh(S)  # ascending eigenvalues, eigenvectors as columns
print(eigenvalues)
for k in range(3):
    v = V[:, k]
    print(k, torch.allclose(S @ v, eigenvalues[k] * v, atol=1e-5))
print(torch.allclose(V.T @ V, torch.eye(3), atol=1e-6))
print(torch.allclose(V @ torch.diag(eigenvalues) @ V.T, S, atol=1e-5))
