import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()
print(u)  # same values as y, but no grad_fn: a constant for autograd
z = u * x
z.sum().backward()
print(x.grad, x.grad == u)

# y itself is still part of the graph:
x.grad.zero_()
y.sum().backward()
print(x.grad == 2 * x)
