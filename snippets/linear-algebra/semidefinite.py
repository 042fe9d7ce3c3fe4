import torch

torch.manual_seed(0)
B = torch.randn(2, 3)
A = B.T @ B  # 3x3 but rank 2
x = torch.linalg.cross(B[0], B[1])  # nonzero, and B @ x = 0
print(torch.linalg.vector_norm(x).item() > 0)
q = x @ A @ x
print(abs(q.item()) < 1e-5)
print(torch.linalg.eigvalsh(A).abs().min().item() < 1e-5)
q_eps = x @ (A + 0.1 * torch.eye(3)) @ x
expected = 0.1 * torch.linalg.vector_norm(x) ** 2  # 0.1 ||x||^2
print(f"{q_eps:.4f}", torch.allclose(q_eps, expected, atol=1e-5))
