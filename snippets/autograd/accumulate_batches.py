import torch

X = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-2.0, 1.0]])
y = torch.tensor([1.0, 0.0, 2.0, -1.0])
w = torch.tensor([0.5, -0.5], requires_grad=True)

# Summed loss: one backward pass over the whole batch...
((X @ w - y) ** 2).sum().backward()
full = w.grad.clone()
# ...equals two backward passes over the halves, their gradients added up.
w.grad.zero_()
((X[:2] @ w - y[:2]) ** 2).sum().backward()
((X[2:] @ w - y[2:]) ** 2).sum().backward()
print("sum: ", full, w.grad, torch.allclose(full, w.grad))

# Mean loss (the default of nn.MSELoss): each half is divided by 2, not by 4.
w.grad = None
((X @ w - y) ** 2).mean().backward()
full = w.grad.clone()
w.grad = None
((X[:2] @ w - y[:2]) ** 2).mean().backward()
((X[2:] @ w - y[2:]) ** 2).mean().backward()
print("mean:", full, w.grad, torch.allclose(2 * full, w.grad))
