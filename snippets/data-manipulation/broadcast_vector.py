import torch

b = torch.arange(6).reshape((3, 2))
v = torch.arange(2)
print(b + v)
print(torch.broadcast_shapes((3, 2), (2,)))
