import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.abs(x).sum().backward()
print("d|x|/dx   at -1, 0, 1:", x.grad)

x.grad.zero_()
torch.relu(x).sum().backward()
print("dReLU/dx  at -1, 0, 1:", x.grad)
