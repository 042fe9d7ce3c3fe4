import torch

x = torch.linspace(-20, 20, 4001, dtype=torch.float64)
lhs = torch.tanh(x) + 1
rhs = 2 * torch.sigmoid(2 * x)
print(f"max |lhs - rhs| < 1e-15: {bool((lhs - rhs).abs().max() < 1e-15)}")
