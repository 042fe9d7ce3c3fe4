import torch

x = torch.tensor([1.0, 1.0], requires_grad=True)
y = x[0] ** 2 + 2 * x[1] ** 2
y.backward()
print(y)
print(x.grad)
