import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
try:
    y.backward()  # immediately again, on the same graph
except RuntimeError as error:
    print("RuntimeError:", str(error).split(".")[0])
print(x.grad)  # untouched by the failed call

# A fresh forward pass builds a fresh graph; its gradient is added on top.
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
