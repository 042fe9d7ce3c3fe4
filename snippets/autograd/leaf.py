import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
z = y.sum()
print(x.is_leaf, y.is_leaf, z.is_leaf)
print(x.grad_fn, type(y.grad_fn).__name__, type(z.grad_fn).__name__)

z.backward()
print(x.grad)
print(y.grad)  # None: PyTorch also warns on stderr

# A result that does not require grad is a leaf too: nothing was recorded.
c = torch.arange(4.0) * 2
with torch.no_grad():
    n = x * 2
print(c.requires_grad, c.is_leaf, n.requires_grad, n.is_leaf)
