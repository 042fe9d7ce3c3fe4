import torch
from torch.func import jvp, vjp

t = torch.linspace(0, 1, 100, dtype=torch.float64)


def f(a):  # R -> R^100: one input, many outputs
    return torch.sin(a * t)


a = torch.tensor(0.5, dtype=torch.float64)
(_, column) = jvp(f, (a,), (torch.tensor(1.0, dtype=torch.float64),))  # 1 pass
_, pullback = vjp(f, a)
rows = [pullback(e)[0] for e in torch.eye(100, dtype=torch.float64)]  # 100 passes
print("forward mode: 1 pass, reverse mode:", len(rows), "passes")
print(
    torch.allclose(column, torch.stack(rows)),
    torch.allclose(column, t * torch.cos(a * t)),
)
