import torch

torch.manual_seed(0)
n = 5
A = torch.randn(n, n, dtype=torch.float64)
w = torch.randn(n, dtype=torch.float64, requires_grad=True)
calls = 0


def loss(w):  # R^n -> R
    global calls
    calls += 1
    return torch.tanh(A @ w).pow(2).sum()


loss(w).backward()
print("autograd: calls of loss =", calls)

calls, h = 0, 1e-6
with torch.no_grad():
    steps = torch.eye(n, dtype=torch.float64) * h  # h e_1, ..., h e_n
    numeric = torch.stack([(loss(w + e) - loss(w - e)) / (2 * h) for e in steps])
print("central differences: calls of loss =", calls)
print("same gradient:", torch.allclose(numeric, w.grad, rtol=1e-6, atol=1e-8))
