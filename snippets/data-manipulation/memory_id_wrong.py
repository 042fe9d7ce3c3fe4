import torch

x = torch.arange(12, dtype=torch.float32).reshape((3, 4))
y = torch.ones((3, 4))
before = id(y)
x = x + y
print(id(y) == before)  # y was not reassigned, so this proves nothing
before = id(x)
x = x + y
print(id(x) == before)  # x is the name that was reassigned
