import torch

x = torch.arange(1.0, 10, 2, requires_grad=True)
z = x * x * x
z.backward(torch.ones(len(x)))
print(x.grad)  # 3 * x**2

u = (x * x).detach()
z = u * x
z.backward(torch.ones(len(x)))  # forgot x.grad.zero_() before this call
print(x.grad)
print(x.grad == u, x.grad == 3 * x**2 + u)
