import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
v = torch.tensor([1.0, 0.0, 0.0, 10.0])
y.backward(gradient=v)
print(x.grad)  # v * 2x: the gradient of the weighted sum (v * y).sum()
