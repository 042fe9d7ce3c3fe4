import torch


def f(x):
    return x * x * x  # f(x) = x^3, f'(x) = 3x^2


x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
f(x).backward()
exact = x.grad.item()  # autograd: 3.0
x = 1.0
print(f"autograd f'(1) = {exact}")
print("     h   forward error   central error")
for k in range(1, 13):
    h = float(f"1e-{k}")
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    print(f"{h:.0e}   {abs(forward - exact):13.1e}   {abs(central - exact):13.1e}")
