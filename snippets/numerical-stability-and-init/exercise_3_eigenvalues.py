import torch

A = torch.tensor([[0.0, 1.0], [0.0, 0.0]])
B = torch.tensor([[0.0, 0.0], [1.0, 0.0]])
print("eigenvalues of A: ", torch.linalg.eigvals(A).real.tolist())
print("eigenvalues of B: ", torch.linalg.eigvals(B).real.tolist())
print("eigenvalues of AB:", torch.linalg.eigvals(A @ B).real.tolist())

torch.manual_seed(0)
ok = True
for _ in range(1000):
    P, Q = torch.randn(4, 4), torch.randn(4, 4)
    lhs = torch.linalg.matrix_norm(P @ Q, ord=2)
    rhs = torch.linalg.matrix_norm(P, ord=2) * torch.linalg.matrix_norm(Q, ord=2)
    ok = ok and bool(lhs <= rhs * (1 + 1e-6))
print("‖PQ‖₂ <= ‖P‖₂‖Q‖₂ for 1000 random pairs:", ok)
