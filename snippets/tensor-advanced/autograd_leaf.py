import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
z = y.sum()
print(x.is_leaf, y.is_leaf, z.is_leaf)
print(x.grad_fn, type(y.grad_fn).__name__, type(z.grad_fn).__name__)

z.backward()
print(x.grad)

with torch.no_grad():
    w = x * 2
print(w.requires_grad, w.grad_fn)

d = y.detach()
print(d.requires_grad, d.data_ptr() == y.data_ptr())

w.requires_grad_()
print(w.requires_grad, w.is_leaf)
