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


def mse(X, y, w):  # 均方误差：mean((Xw - y)^2)，与 nn.MSELoss 相同
    return ((X @ w - y) ** 2).mean().item()


def train(num_features, num_epochs, lr=0.01, batch_size=10):
    X_train, X_test = (
        poly_features[:n_train, :num_features],
        poly_features[n_train:, :num_features],
    )
    y_train, y_test = labels[:n_train], labels[n_train:]
    w = torch.zeros(num_features)  # 常数特征 x^0 = 1 充当偏置
    history = []
    for epoch in range(num_epochs):
        for batch in torch.randperm(n_train).split(batch_size):
            X, y = X_train[batch], y_train[batch]
            w -= lr * 2 / len(batch) * X.T @ (X @ w - y)  # 小批量上均方误差的梯度
        if (epoch + 1) % 20 == 0:
            history.append(
                (epoch + 1, mse(X_train, y_train, w), mse(X_test, y_test, w))
            )
    return w, history


cases = [
    ("degree 3 (4 features)", 4, 400),
    ("linear (2 features)", 2, 400),
    ("degree 19 (20 features)", 20, 1500),
]
fig, axes = plt.subplots(1, 3, figsize=(10, 3), sharey=True)
for ax, (name, num_features, num_epochs) in zip(axes, cases):
    torch.manual_seed(1)
    w, history = train(num_features, num_epochs)
    epochs, train_loss, test_loss = zip(*history)
    print(f"{name}: train loss {train_loss[-1]:.3g}, test loss {test_loss[-1]:.3g}")
    print("  w[:6] =", [f"{v:.3f}" for v in w[:6].tolist()])
    ax.semilogy(epochs, train_loss, label="train")
    ax.semilogy(epochs, test_loss, "--", label="test")
    ax.set_title(name)
    ax.set_xlabel("epoch")
axes[0].set_ylabel("loss")
axes[0].legend()
fig.tight_layout()
fig.savefig("poly_fit.svg")
