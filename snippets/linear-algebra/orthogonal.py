import torch

torch.manual_seed(0)
Q, R = torch.linalg.qr(torch.randn(4, 4))
I = torch.eye(4)
print(torch.allclose(Q @ Q.T, I, atol=1e-6), torch.allclose(Q.T @ Q, I, atol=1e-6))
print(torch.allclose(torch.linalg.inv(Q), Q.T, atol=1e-6))
x = torch.randn(4)
norm = torch.linalg.vector_norm
print(f"{norm(x):.4f} {norm(Q @ x):.4f}", torch.allclose(norm(Q @ x), norm(x)))
