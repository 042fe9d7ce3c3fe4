import math

import torch

torch.manual_seed(0)
max_degree, n_train, n_test = 20, 100, 100
true_w = torch.zeros(max_degree)
true_w[:4] = torch.tensor([5, 1.2, -3.4, 5.6])
x = torch.randn(n_train + n_test, 1)
factorials = torch.tensor(
    [math.factorial(i) for i in range(max_degree)], dtype=torch.float32
)
poly_features = x ** torch.arange(max_degree) / factorials
labels = poly_features @ true_w + 0.1 * torch.randn(n_train + n_test)
X, y = poly_features.double(), labels.double()  # 解线性方程组用 float64

for num_features in [2, 4, 10]:
    X_train, X_test = X[:n_train, :num_features], X[n_train:, :num_features]
    w = torch.linalg.lstsq(X_train, y[:n_train].unsqueeze(1)).solution.squeeze(1)
    train_mse = ((X_train @ w - y[:n_train]) ** 2).mean()
    test_mse = ((X_test @ w - y[n_train:]) ** 2).mean()
    print(f"{num_features:2d} features: train {train_mse:.4f}, test {test_mse:.4f}")
    print("   w[:4] =", [f"{v:.3f}" for v in w[:4].tolist()])
