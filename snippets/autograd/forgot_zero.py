import torch

x = torch.arange(1.0, 10, 2, requires_grad=True)
z = x * x * x
z.sum().backward()
print(x.grad)  # 3 * x**2

u = torch.tensor([1.0, 9.0, 25.0, 49.0, 81.0])  # a constant: no gradient
z = u * x
z.sum().backward()  # forgot x.grad.zero_() before this call
print(x.grad)
print(x.grad == u, x.grad == 3 * x**2 + u)
