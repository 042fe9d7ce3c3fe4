import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)
n, k, m = 3, 4, 2
W1 = torch.randn(k, n, dtype=torch.float64)
W2 = torch.randn(m, k, dtype=torch.float64)
x = torch.randn(n, dtype=torch.float64)


def g(x):  # R^n -> R^k
    return torch.tanh(W1 @ x)


def f(u):  # R^k -> R^m
    return W2 @ u**2


dy_du = jacobian(f, g(x))
du_dx = jacobian(g, x)
dy_dx = jacobian(lambda x: f(g(x)), x)
print(tuple(dy_du.shape), tuple(du_dx.shape), tuple(dy_dx.shape))
print(torch.allclose(dy_dx, dy_du @ du_dx))
