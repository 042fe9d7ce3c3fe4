import torch
from torch.func import jvp, vjp

torch.manual_seed(0)
n = 200  # parameters
X = torch.randn(30, n, dtype=torch.float64)
w = torch.randn(n, dtype=torch.float64)


def loss(w):  # R^n -> R
    return (X @ w).pow(2).mean()


_, pullback = vjp(loss, w)
(grad_reverse,) = pullback(torch.tensor(1.0, dtype=torch.float64))
basis = torch.eye(n, dtype=torch.float64)
grad_forward = torch.stack([jvp(loss, (w,), (e,))[1] for e in basis])
print("reverse mode: 1 pass, forward mode:", len(basis), "passes")
print("same gradient:", torch.allclose(grad_reverse, grad_forward))
