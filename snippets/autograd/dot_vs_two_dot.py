import torch

x = torch.arange(4.0, requires_grad=True)
torch.dot(x, x).backward()
print(x.grad, x.grad == 2 * x)

x = torch.arange(4.0, requires_grad=True)
(2 * torch.dot(x, x)).backward()
print(x.grad, x.grad == 4 * x)
