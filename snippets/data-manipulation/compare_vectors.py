import torch

x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([5, 4, 3, 2])
print(x == y)
print((x == y).shape)
print(x.sum())
