import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
try:
    y.backword(torch.ones(len(x)))
except AttributeError as error:
    print(f"AttributeError: {error}")
