import torch

x = torch.arange(4.0)
print(x)
x.requires_grad_(True)  # in place: x now records the operations applied to it
print(x)
print(x.grad)  # no backward pass yet, so no gradient either

# The same in one step:
x = torch.arange(4.0, requires_grad=True)
print(x)
print(x.requires_grad, x.grad)
