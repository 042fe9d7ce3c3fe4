import torch

x = torch.arange(4.0, requires_grad=True)
y = (x + 1).sum()  # add and sum: their local derivatives need no saved values
y.backward()
print(x.grad)
y.backward()  # the same graph again: no error, the gradient is added once more
print(x.grad)
