import torch

x = torch.zeros(3)
y = x.add(1)  # a new tensor; x is unchanged
print(x, y)
x.add_(1)  # trailing underscore: x itself is changed, in place
print(x)
