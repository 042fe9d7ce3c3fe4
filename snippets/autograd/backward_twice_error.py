import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(x.grad)
