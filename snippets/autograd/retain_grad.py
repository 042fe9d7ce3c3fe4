import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
y.retain_grad()  # ask autograd to keep the gradient of this non-leaf
z = y.sum()
z.backward()
print(y.grad)  # dz/dy: all ones
print(x.grad)  # dz/dx = dz/dy * dy/dx = 2x
