import torch
from torch.func import jvp, vjp

torch.manual_seed(0)
W = torch.randn(2, 3, dtype=torch.float64)


def f(x):  # R^3 -> R^2
    return torch.sin(W @ x)


x = torch.randn(3, dtype=torch.float64)
J = torch.autograd.functional.jacobian(f, x)  # (2, 3)

# forward mode: one pass per input gives one column J e_j
cols = [jvp(f, (x,), (e,))[1] for e in torch.eye(3, dtype=torch.float64)]
# reverse mode: one pass per output gives one row e_i^T J
y, pullback = vjp(f, x)
rows = [pullback(e)[0] for e in torch.eye(2, dtype=torch.float64)]

print("forward passes:", len(cols), torch.allclose(torch.stack(cols, 1), J))
print("reverse passes:", len(rows), torch.allclose(torch.stack(rows, 0), J))
