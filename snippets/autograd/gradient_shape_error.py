import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
try:
    y.backward(gradient=torch.ones(1))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
