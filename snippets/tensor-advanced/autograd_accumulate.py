import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = (x * x).sum()
z.backward(retain_graph=True)
print(x.grad)
z.backward()
print(x.grad)

x.grad.zero_()
(x * x).sum().backward()
print(x.grad)
