import torch

torch.manual_seed(0)
m, n = 5, 3
X = torch.randn(m, n, dtype=torch.float64)
y = torch.randn(m, dtype=torch.float64)
w = torch.randn(n, dtype=torch.float64, requires_grad=True)

# example 1: one sample x (first row of X), z = (<x, w> - y_1)^2
x = X[0]
z = (torch.dot(x, w) - y[0]) ** 2
(grad,) = torch.autograd.grad(z, w)
by_hand = 2 * (torch.dot(x, w) - y[0]) * x  # dz/db * db/da * da/dw
print("(<x, w> - y)^2:", torch.allclose(grad, by_hand))

# example 2: all samples, z = ||Xw - y||^2
z = ((X @ w - y) ** 2).sum()
(grad,) = torch.autograd.grad(z, w)
by_hand = 2 * (X @ w - y) @ X  # 2 (Xw - y)^T X, a row of length n
print("||Xw - y||^2:  ", torch.allclose(grad, by_hand), tuple(grad.shape))
