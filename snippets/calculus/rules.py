import torch

x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
cases = {
    "x^3": (lambda t: t**3, lambda t: 3 * t**2),
    "exp(x)": (torch.exp, torch.exp),
    "log(x)": (torch.log, lambda t: 1 / t),
    "sin(x)": (torch.sin, torch.cos),
    "x^2 * sin(x)": (
        lambda t: t**2 * torch.sin(t),
        lambda t: 2 * t * torch.sin(t) + t**2 * torch.cos(t),
    ),
    "sin(x) / x": (
        lambda t: torch.sin(t) / t,
        lambda t: (torch.cos(t) * t - torch.sin(t)) / t**2,
    ),
    "sin(x^2)": (lambda t: torch.sin(t**2), lambda t: torch.cos(t**2) * 2 * t),
}
for name, (f, rule) in cases.items():
    (grad,) = torch.autograd.grad(f(x).sum(), x)
    print(f"{name:>12}: autograd matches the rule: {torch.allclose(grad, rule(x))}")
