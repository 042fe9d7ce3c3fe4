import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)

x.sum().backward()  # no zero_() in between: the new gradient is added
print(x.grad)

x.grad.zero_()
x.sum().backward()
print(x.grad)
