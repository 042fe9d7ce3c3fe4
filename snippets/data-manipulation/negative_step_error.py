import torch

x = torch.arange(6)
try:
    x[::-1]
except ValueError as error:
    print(f"ValueError: {error}")
print(x.flip(0))
