import torch
from torch.autograd.functional import jacobian

m, n, k, l = 2, 3, 4, 5
a = torch.tensor(1.0)  # scalar x
x = torch.ones(n)  # x in R^n
X = torch.ones(n, k)  # X in R^{n x k}
W = torch.ones(m, n)
V = torch.ones(l)

cases = {
    "scalar y, scalar x": (lambda a: a**2, a),
    "scalar y, vector x": (lambda x: x @ x, x),
    "scalar y, matrix X": (lambda X: X.sum(), X),
    "vector y, scalar x": (lambda a: a * torch.ones(m), a),
    "vector y, vector x": (lambda x: W @ x, x),
    "vector y, matrix X": (lambda X: (W @ X).sum(1), X),
    "matrix Y, scalar x": (lambda a: a * torch.ones(m, l), a),
    "matrix Y, vector x": (lambda x: torch.outer(W @ x, V), x),
    "matrix Y, matrix X": (lambda X: torch.outer((W @ X).sum(1), V), X),
}
for name, (f, inp) in cases.items():
    print(f"{name}: y {tuple(f(inp).shape)}, dy/dx {tuple(jacobian(f, inp).shape)}")
