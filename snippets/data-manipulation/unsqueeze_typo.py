import torch

x = torch.arange(4)
try:
    torch.unequeeze(x, 0)
except AttributeError as error:
    print(f"AttributeError: {error}")
