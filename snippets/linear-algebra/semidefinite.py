import torch

torch.manual_seed(0)
B = torch.randn(2, 3)
A = B.T @ B  # 3x3 but rank 2
x = torch.linalg.cross(B[0], B[1])  # nonzero, and B @ x = 0
print(x.norm().item() > 0)
q = x @ A @ x
print(abs(q.item()) < 1e-5)
print(torch.linalg.eigvalsh(A).abs().min().item() < 1e-5)
q_eps = x @ (A + 0.1 * torch.eye(3)) @ x
print(round(q_eps.item(), 4), round(0.1 * x.norm().item() ** 2, 4))
