import torch

x = torch.arange(4.0, requires_grad=True)
with torch.no_grad():
    y = x * x
print(y, y.requires_grad, y.grad_fn)

z = y * x  # outside the block: recorded again, y acts as a constant
z.sum().backward()
print(x.grad)
