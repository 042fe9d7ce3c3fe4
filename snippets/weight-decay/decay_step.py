import torch

torch.manual_seed(0)
X, y = torch.randn(5, 3), torch.randn(5)
w = torch.randn(3, requires_grad=True)
eta, lambd = 0.1, 0.5

# 一步梯度下降：目标是平方损失的平均值加上 λ/2 ‖w‖²
loss = ((X @ w - y) ** 2 / 2).mean()
objective = loss + lambd / 2 * (w**2).sum()
objective.backward()
with torch.no_grad():
    w_autograd = w - eta * w.grad

# 按公式：先把 w 缩小为 (1 - ηλ) 倍，再减去平方损失的梯度
grad_loss = X.T @ (X @ w.detach() - y) / len(y)
w_formula = (1 - eta * lambd) * w.detach() - eta * grad_loss
print("shrink factor 1 - ηλ =", 1 - eta * lambd)
print(w_autograd)
print(w_formula)
print("same:", torch.allclose(w_autograd, w_formula))
