import torch

x = torch.arange(4.0, requires_grad=True)
with torch.no_grad():
    z = (x * x * x).sum()
print(z, z.requires_grad)
try:
    z.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(x.grad)
