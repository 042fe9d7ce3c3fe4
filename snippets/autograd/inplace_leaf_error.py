import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
(w**2).sum().backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as error:
    print(f"RuntimeError: {error}")

# On a non-leaf, the in-place update is simply recorded as one more operation:
h = w * 1
print(type(h.grad_fn).__name__, h.is_leaf)
h -= 0.1 * w.grad
print(type(h.grad_fn).__name__, h.is_leaf)
