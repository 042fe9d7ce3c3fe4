import torch

torch.manual_seed(0)
A = torch.randn(3, 4, dtype=torch.float64)
fro = torch.linalg.matrix_norm(A)  # Frobenius
spectral = torch.linalg.matrix_norm(A, ord=2)  # largest singular value
print(f"spectral {spectral:.4f} <= Frobenius {fro:.4f}")

b = torch.randn(1000, 4, dtype=torch.float64)  # 1000 random vectors, one per row
ratio = torch.linalg.vector_norm(b @ A.T, dim=1) / torch.linalg.vector_norm(b, dim=1)
print(f"largest ||Ab|| / ||b|| over 1000 vectors: {ratio.max():.4f}")

v = torch.linalg.svd(A).Vh[0]  # top right singular vector
top = torch.linalg.vector_norm(A @ v) / torch.linalg.vector_norm(v)
print(f"||Av|| / ||v|| for the top singular vector: {top:.4f}")
