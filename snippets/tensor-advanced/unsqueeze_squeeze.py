import torch

y = torch.arange(3)
print(torch.unsqueeze(y, 0).shape, y.unsqueeze(1).shape, y.unsqueeze(-1).shape)

z = torch.zeros(3, 1, 2, 1)
print(z.squeeze().shape, z.squeeze(1).shape, z.squeeze(0).shape)

u = y.unsqueeze(0)
u[0, 0] = 7
print(y)
