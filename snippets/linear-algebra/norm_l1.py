import torch

u = torch.tensor([3.0, -4.0])
print(torch.abs(u).sum())
print(torch.linalg.vector_norm(u, ord=1))
