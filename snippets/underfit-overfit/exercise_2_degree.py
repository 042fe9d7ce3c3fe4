import math

import matplotlib.pyplot as plt
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


def fit_and_score(num_train, num_features):
    X_train, y_train = X[:num_train, :num_features], y[:num_train]
    w = torch.linalg.lstsq(X_train, y_train.unsqueeze(1)).solution.squeeze(1)
    train_mse = ((X_train @ w - y_train) ** 2).mean().item()
    test_mse = ((X_test[:, :num_features] @ w - y_test) ** 2).mean().item()
    return train_mse, test_mse


# 损失与模型复杂度：100 个训练样本，特征数 1..10
results = [fit_and_score(n_train, k) for k in range(1, 11)]
for k, (train_mse, test_mse) in enumerate(results, start=1):
    print(f"{k:2d} features: train {train_mse:.3g}, test {test_mse:.3g}")

# 10 个训练样本、10 个特征（9 阶多项式）：插值，训练损失为 0
train_mse, test_mse = fit_and_score(10, 10)
print(
    f"10 samples, 10 features: train < 1e-12: {train_mse < 1e-12}, test {test_mse:.3g}"
)

fig, ax = plt.subplots(figsize=(5, 3))
ax.semilogy(range(1, 11), [r[0] for r in results], marker="o", label="train")
ax.semilogy(range(1, 11), [r[1] for r in results], marker="s", label="test")
ax.set_xlabel("number of features (degree + 1)")
ax.set_ylabel("mean squared error")
ax.legend()
fig.tight_layout()
fig.savefig("loss_vs_degree.svg")
