import torch

u = torch.tensor([3.0, -4.0])
print(torch.norm(u))
print(torch.sqrt((u**2).sum()))
print(torch.linalg.vector_norm(u))
