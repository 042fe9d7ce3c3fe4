import torch
from torch.linalg import vector_norm

u = torch.tensor([1.0, 2.0])
v = torch.tensor([-2.0, 1.0])
print(torch.dot(u, v))
print(vector_norm(u) * vector_norm(v))
