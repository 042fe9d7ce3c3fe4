import torch

b = torch.arange(6).reshape((3, 2))
v = torch.arange(3)
try:
    b + v
except RuntimeError as error:
    print(f"RuntimeError: {error}")
