import torch

torch.manual_seed(0)
x = torch.randn(4)
y = torch.randn(4)
a = -3.0
print(torch.allclose(torch.norm(a * x), abs(a) * torch.norm(x)))
print((torch.norm(x + y) <= torch.norm(x) + torch.norm(y)).item())
print(torch.norm(torch.zeros(4)))
