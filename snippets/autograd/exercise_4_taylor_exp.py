import torch


def exp_taylor(x):
    """Sum 1 + x + x^2/2! + ... until the last term added is at most 1e-7 in size."""
    term = torch.ones_like(x)
    total = term
    n = 0
    while term.abs().max() > 1e-7:
        n += 1
        term = term * x / n
        total = total + term
    return total, n


for value in [0.5, 2.0]:
    x = torch.tensor(value, dtype=torch.float64, requires_grad=True)
    y, n = exp_taylor(x)
    y.backward()
    # d/dx exp(x) = exp(x): the gradient should equal the value itself
    print(f"x={value}: {n + 1} terms, y={y.item():.8f}, grad={x.grad.item():.8f}")
    print(
        "  grad close to exp(x):", torch.isclose(x.grad, torch.exp(x.detach())).item()
    )
