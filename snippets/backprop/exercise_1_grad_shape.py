import torch

torch.manual_seed(0)
X = torch.randn(3, 5, requires_grad=True)  # n × m = 3 × 5
f = (X**2).sum() + X[0, 0] * X[2, 4]  # 一个标量函数
f.backward()
print("X:", tuple(X.shape), "grad:", tuple(X.grad.shape))
with torch.no_grad():
    expected = 2 * X
    expected[0, 0] += X[2, 4]
    expected[2, 4] += X[0, 0]
print("grad == 2X + cross terms:", torch.allclose(X.grad, expected))
