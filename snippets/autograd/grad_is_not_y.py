import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print("y      =", y)
print("x.grad =", x.grad)
print(y.shape, x.grad.shape, x.shape)
