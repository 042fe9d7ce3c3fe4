import math

import torch

torch.manual_seed(0)  # 与 poly_data.py 相同的数据，只取前 100 个（训练集）
max_degree, n_train, n_test = 20, 100, 100
true_w = torch.zeros(max_degree)
true_w[:4] = torch.tensor([5, 1.2, -3.4, 5.6])
x = torch.randn(n_train + n_test, 1)
factorials = torch.tensor(
    [math.factorial(i) for i in range(max_degree)], dtype=torch.float32
)
poly_features = x ** torch.arange(max_degree) / factorials
labels = poly_features @ true_w + 0.1 * torch.randn(n_train + n_test)
poly_features, labels = poly_features[:n_train].double(), labels[:n_train].double()


def fit(X, y):  # 最小二乘：使训练集上的均方误差最小的 w（解析解）
    return torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)


def k_fold_mse(num_features, k=5):
    folds = torch.arange(n_train).chunk(k)  # K 个互不重叠的子集
    train_mse, valid_mse = 0.0, 0.0
    for i in range(k):
        valid = folds[i]
        train = torch.cat([folds[j] for j in range(k) if j != i])
        X = poly_features[:, :num_features]
        w = fit(X[train], labels[train])
        train_mse += ((X[train] @ w - labels[train]) ** 2).mean().item() / k
        valid_mse += ((X[valid] @ w - labels[valid]) ** 2).mean().item() / k
    return train_mse, valid_mse


for num_features in [1, 2, 3, 4, 5, 6, 8, 10]:
    train_mse, valid_mse = k_fold_mse(num_features)
    print(f"{num_features:2d} features: train {train_mse:.3g}, valid {valid_mse:.3g}")
