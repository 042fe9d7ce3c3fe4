import torch

torch.manual_seed(0)
X, y = torch.randn(6, 3), torch.randn(6)
w = torch.tensor([0.001, -1.0, 100.0], requires_grad=True)
b = torch.zeros(1, requires_grad=True)
eta, lambd = 0.1, 0.5

loss = ((X @ w + b - y) ** 2 / 2).mean()
(loss + lambd * w.abs().sum()).backward()  # L1 惩罚：λ Σ|w_i|
with torch.no_grad():
    w_autograd = w - eta * w.grad
    grad_loss = X.T @ (X @ w + b - y) / len(y)
    w_formula = w - eta * lambd * torch.sign(w) - eta * grad_loss
print("L1 update matches formula:", torch.allclose(w_autograd, w_formula))

# 只看惩罚项造成的那一部分：L1 每一步减去常数 ηλ，L2 按比例缩小
for name, shrink in (("L1", torch.sign(w.detach())), ("L2", w.detach())):
    print(f"{name} shrink:", [f"{v:.4g}" for v in (eta * lambd * shrink).tolist()])

# 只看惩罚项：次梯度一步把 0.001 推过了 0；软阈值把 |w_i| ≤ ηλ 的权重置为恰好 0
w0 = w.detach()
subgradient = w0 - eta * lambd * torch.sign(w0)
soft_threshold = torch.sign(w0) * torch.clamp(w0.abs() - eta * lambd, min=0)
print("subgradient step:", [f"{v:.4g}" for v in subgradient.tolist()])
print("soft-threshold:  ", [f"{v:.4g}" for v in soft_threshold.tolist()])
