import torch
from torch.linalg import vector_norm

torch.manual_seed(0)
x = torch.randn(4)
y = torch.randn(4)
a = -3.0
print(torch.allclose(vector_norm(a * x), abs(a) * vector_norm(x)))
print((vector_norm(x + y) <= vector_norm(x) + vector_norm(y)).item())
print(vector_norm(torch.zeros(4)))
