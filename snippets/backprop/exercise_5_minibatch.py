import torch

torch.manual_seed(0)
n, d, h, q, lambd = 8, 4, 5, 3, 0.1
X, y = torch.randn(n, d, dtype=torch.float64), torch.randint(0, q, (n,))  # 每行一个样本
W1 = torch.randn(d, h, requires_grad=True, dtype=torch.float64)
W2 = torch.randn(h, q, requires_grad=True, dtype=torch.float64)

Z = X @ W1  # (n, h)
H = torch.tanh(Z)
O = H @ W2  # (n, q)
J = torch.nn.functional.cross_entropy(O, y) + lambd / 2 * (
    (W1**2).sum() + (W2**2).sum()
)
J.backward()

with torch.no_grad():
    dJ_dO = (
        torch.softmax(O, dim=1) - torch.nn.functional.one_hot(y, q)
    ) / n  # 平均损失
    dJ_dW2 = H.T @ dJ_dO + lambd * W2
    dJ_dZ = (dJ_dO @ W2.T) * (1 - H**2)
    dJ_dW1 = X.T @ dJ_dZ + lambd * W1
for name, manual, auto in (("W2", dJ_dW2, W2.grad), ("W1", dJ_dW1, W1.grad)):
    print(f"dJ/d{name}: max diff < 1e-12: {(manual - auto).abs().max().item() < 1e-12}")
