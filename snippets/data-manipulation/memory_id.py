import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.ones((3, 4))
before = id(Y)
Y = Y + X
print(id(Y) == before)
