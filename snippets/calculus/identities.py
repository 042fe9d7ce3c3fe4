import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)
x = torch.randn(4, dtype=torch.float64)  # n = 4
A = torch.randn(3, 4, dtype=torch.float64)  # m = 3
B = torch.randn(4, 3, dtype=torch.float64)
C = torch.randn(4, 4, dtype=torch.float64)

# jacobian(f, x) has shape f(x).shape + x.shape; its transpose is the gradient
J = jacobian(lambda x: A @ x, x)
print("Ax:      ", tuple(J.shape), torch.allclose(J.T, A.T))
J = jacobian(lambda x: x @ B, x)  # x^T B
print("x^T B:   ", tuple(J.shape), torch.allclose(J.T, B))
g = jacobian(lambda x: x @ C @ x, x)
print("x^T C x: ", tuple(g.shape), torch.allclose(g, (C + C.T) @ x))
print("2Cx only if C is symmetric:", torch.allclose(g, 2 * C @ x))
g = jacobian(lambda x: x @ x, x)
print("||x||^2: ", tuple(g.shape), torch.allclose(g, 2 * x))
X = torch.randn(3, 4, dtype=torch.float64)
G = jacobian(lambda X: (X**2).sum(), X)  # the squared Frobenius norm
print("||X||_F^2:", tuple(G.shape), torch.allclose(G, 2 * X))
