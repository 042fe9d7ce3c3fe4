import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
z = y * x  # z = x**3, and the gradient also flows through y
z.sum().backward()
print(x.grad, x.grad == 3 * x**2)
