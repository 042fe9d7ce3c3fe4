import torch

u = torch.tensor([3.0, -4.0])
print(torch.linalg.vector_norm(u))  # ord=2 is the default
print(torch.sqrt((u**2).sum()))
print(torch.norm(u))  # older API, deprecated in PyTorch's documentation
