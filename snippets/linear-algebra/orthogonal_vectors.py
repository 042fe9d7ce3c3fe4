import torch

u = torch.tensor([1.0, 2.0])
v = torch.tensor([-2.0, 1.0])
print(torch.dot(u, v))
print(torch.norm(u) * torch.norm(v))
