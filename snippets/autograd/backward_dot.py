import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
print(y)

y.backward()
print(x.grad)
print(x.grad == 4 * x)
