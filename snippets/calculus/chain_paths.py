import torch

x = torch.tensor(0.8, dtype=torch.float64, requires_grad=True)
u1 = x**2  # path 1: x -> u1 -> y
u2 = torch.sin(x)  # path 2: x -> u2 -> y
y = u1 * u2
y.backward()

path1 = u2 * 2 * x  # dy/du1 * du1/dx
path2 = u1 * torch.cos(x)  # dy/du2 * du2/dx
print(f"path 1: {path1.item():.6f}, path 2: {path2.item():.6f}")
print(f"sum of paths: {(path1 + path2).item():.6f}")
print(f"autograd:     {x.grad.item():.6f}")
