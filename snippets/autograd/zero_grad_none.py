import torch

w = torch.ones(2, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, weight_decay=0.5)
w.sum().backward()
optimizer.zero_grad()  # sets w.grad to None (set_to_none=True is the default)
print(w.grad)
optimizer.step()  # a parameter whose .grad is None is skipped
print(w)
w.grad = torch.zeros(2)  # a zero gradient instead of None
optimizer.step()  # weight decay still acts: w -= 0.1 * (0 + 0.5 * w)
print(w)
