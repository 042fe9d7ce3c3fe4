import torch
from torch.linalg import vector_norm

torch.manual_seed(0)
a = torch.randn(5)
b = torch.randn(5)
lhs = torch.dot(a, b).abs()
rhs = vector_norm(a) * vector_norm(b)
print(f"{lhs:.4f} {rhs:.4f}", (lhs <= rhs).item())
cos = torch.dot(a, b) / rhs
print(f"{cos:.4f}")
c = -2 * a  # parallel to a: equality holds
print(torch.allclose(torch.dot(a, c).abs(), vector_norm(a) * vector_norm(c)))
