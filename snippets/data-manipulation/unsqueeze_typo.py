import torch

x = torch.arange(4)
try:
    torch.unequeeze(x, 0)  # meant: torch.unsqueeze
except AttributeError as error:
    print(f"AttributeError: {error}")
try:
    torch.zero((2, 3))  # meant: torch.zeros
except AttributeError as error:
    print(f"AttributeError: {error}")
