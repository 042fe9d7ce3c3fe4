import torch

x = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
u = x**2  # u = g(x)
y = torch.sin(u)  # y = f(u)
y.backward()
by_hand = torch.cos(u) * 2 * x  # dy/du * du/dx
print(f"autograd: {x.grad.item():.6f}")
print(f"chain rule: {by_hand.item():.6f}")
