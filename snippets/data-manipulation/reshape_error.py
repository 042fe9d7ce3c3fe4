import torch

x = torch.arange(2)
try:
    x.reshape(3, 1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
