import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
print(y.shape)
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
