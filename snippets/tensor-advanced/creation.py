import torch

torch.manual_seed(0)
print(torch.eye(2, 3))
print(torch.zeros(2, 3))
print(torch.linspace(1, 10, 4))
print(torch.rand(2, 3))
print(torch.randn(2, 3))
print(torch.zeros_like(torch.rand(2, 3)))
