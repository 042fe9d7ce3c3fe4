import torch

torch.manual_seed(0)
X = torch.normal(0, 1, (100, 3), dtype=torch.float64)  # 已补上全 1 列也一样
y = X @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64) + 0.1 * torch.randn(
    100, dtype=torch.float64
)

# 梯度：d/dw ||y - Xw||^2 = 2 X^T (Xw - y)，与自动微分比较
w = torch.zeros(3, dtype=torch.float64, requires_grad=True)
((y - X @ w) ** 2).sum().backward()
print("梯度公式正确：", torch.allclose(w.grad, 2 * X.T @ (X @ w.detach() - y)))

# 令梯度为 0：X^T X w = X^T y
w_star = torch.linalg.solve(X.T @ X, X.T @ y)
print("解析解：", [round(v, 4) for v in w_star.tolist()])
print("该点的梯度接近 0：", (2 * X.T @ (X @ w_star - y)).abs().max().item() < 1e-9)

# 失效的情形：两列特征完全相同，X^T X 不可逆
X_dup = torch.cat([X[:, :1], X[:, :1]], dim=1)
print("X_dup^T X_dup 的秩：", torch.linalg.matrix_rank(X_dup.T @ X_dup).item())
w_min_norm = torch.linalg.lstsq(X_dup, y, driver="gelsd").solution
print("lstsq 给出范数最小的解：", [round(v, 4) for v in w_min_norm.tolist()])
