import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward(retain_graph=True)  # keep the saved values for another pass
print(x.grad)
y.backward()  # second pass through the same graph: the gradient is added
print(x.grad)
