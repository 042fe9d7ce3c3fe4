import torch
from torch.linalg import vector_norm

torch.manual_seed(0)
x = torch.randn(4, dtype=torch.float64, requires_grad=True)
vector_norm(x).backward()
print(torch.allclose(x.grad, x.detach() / vector_norm(x.detach())))  # x / ||x||
print(f"{vector_norm(x.grad):.4f}")  # a unit vector

zero = torch.zeros(3, requires_grad=True)
vector_norm(zero).backward()
print(zero.grad)  # not differentiable at 0: PyTorch picks 0
zero = torch.zeros(3, requires_grad=True)
zero.pow(2).sum().sqrt().backward()  # the same function, written by hand
print(zero.grad)  # 0 / 0
