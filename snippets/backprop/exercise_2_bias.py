import torch

torch.manual_seed(0)
d, h, q, lambd = 4, 5, 3, 0.1
x, y = torch.randn(d, dtype=torch.float64), torch.tensor(2)
W1 = torch.randn(d, h, requires_grad=True, dtype=torch.float64)
b1 = torch.randn(
    h, requires_grad=True, dtype=torch.float64
)  # 隐藏层的偏置，不放进正则化项
W2 = torch.randn(h, q, requires_grad=True, dtype=torch.float64)

z = W1.T @ x + b1
h_ = torch.tanh(z)
o = W2.T @ h_
J = torch.nn.functional.cross_entropy(o, y) + lambd / 2 * (
    (W1**2).sum() + (W2**2).sum()
)
J.backward()

with torch.no_grad():
    dJ_do = torch.softmax(o, dim=0) - torch.nn.functional.one_hot(y, q)
    dJ_dz = (W2 @ dJ_do) * (1 - h_**2)
    grads = {
        "b1": (dJ_dz, b1.grad),
        "W1": (torch.outer(x, dJ_dz) + lambd * W1, W1.grad),
    }
for name, (manual, auto) in grads.items():
    print(f"dJ/d{name}: max diff < 1e-12: {(manual - auto).abs().max().item() < 1e-12}")
