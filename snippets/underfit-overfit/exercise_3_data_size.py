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

X, y = poly_features.double(), labels.double()
X_test, y_test = X[n_train:], y[n_train:]

for num_features in [4, 10]:
    for num_train in [10, 20, 50, 100]:
        X_train, y_train = X[:num_train, :num_features], y[:num_train]
        w = torch.linalg.lstsq(X_train, y_train.unsqueeze(1)).solution.squeeze(1)
        train_mse = ((X_train @ w - y_train) ** 2).mean().item()
        test_mse = ((X_test[:, :num_features] @ w - y_test) ** 2).mean().item()
        train = (
            "< 1e-12" if train_mse < 1e-12 else f"{train_mse:.3g}"
        )  # 插值：只剩舍入误差
        print(
            f"{num_features:2d} features, {num_train:3d} samples: train {train}, test {test_mse:.3g}"
        )
