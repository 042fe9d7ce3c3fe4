import torch

X = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-2.0, 1.0]])
y = torch.tensor([1.0, 0.0, 2.0, -1.0])
w = torch.tensor([0.5, -0.5], requires_grad=True)

# The loss of a batch is a sum over examples: one backward pass.
((X @ w - y) ** 2).sum().backward()
full = w.grad.clone()

# The same batch in two halves: two backward passes, gradients add up.
w.grad.zero_()
((X[:2] @ w - y[:2]) ** 2).sum().backward()
((X[2:] @ w - y[2:]) ** 2).sum().backward()
print(full)
print(w.grad)
print(torch.allclose(full, w.grad))
