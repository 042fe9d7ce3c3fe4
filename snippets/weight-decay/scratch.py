import matplotlib.pyplot as plt
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
n_train, n_test, num_inputs, batch_size = 20, 100, 200, 5
true_w, true_b = torch.full((num_inputs, 1), 0.01), 0.05


def synthetic_data(w, b, n):
    X = torch.normal(0, 1, (n, len(w)))
    return X, X @ w + b + torch.normal(0, 0.01, (n, 1))


train_data = synthetic_data(true_w, true_b, n_train)
test_data = synthetic_data(true_w, true_b, n_test)


def squared_loss(y_hat, y):
    return (y_hat - y) ** 2 / 2


def l2_penalty(w):
    return (w**2).sum() / 2


def train(lambd, num_epochs=100, lr=0.003):
    torch.manual_seed(1)  # 两次训练用同样的初始值和同样的小批量顺序
    w = torch.normal(0, 1, (num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    loader = DataLoader(TensorDataset(*train_data), batch_size, shuffle=True)
    history = []
    for epoch in range(num_epochs):
        for X, y in loader:
            # 每个样本的损失都加上 λ/2 ‖w‖²，求和再除以批量大小后，惩罚项仍是 λ/2 ‖w‖²
            loss = squared_loss(X @ w + b, y) + lambd * l2_penalty(w)
            loss.sum().backward()
            with torch.no_grad():
                for param in (w, b):
                    param -= lr * param.grad / batch_size
                    param.grad.zero_()
        with torch.no_grad():
            history.append(
                [
                    squared_loss(X @ w + b, y).mean().item()
                    for X, y in (train_data, test_data)
                ]
            )
    train_loss, test_loss = history[-1]
    print(
        f"λ = {lambd}: ‖w‖ = {w.norm():.4g}, train loss {train_loss:.4g}, test loss {test_loss:.4g}"
    )
    return history


histories = {lambd: train(lambd) for lambd in (0, 3)}

fig, axes = plt.subplots(1, 2, figsize=(7, 2.8), sharey=True)
for ax, (lambd, history) in zip(axes, histories.items()):
    epochs = range(1, len(history) + 1)
    ax.semilogy(epochs, [h[0] for h in history], label="train")
    ax.semilogy(epochs, [h[1] for h in history], "--", label="test")
    ax.set_title(rf"$\lambda = {lambd}$")
    ax.set_xlabel("epoch")
    ax.legend()
axes[0].set_ylabel("loss")
fig.tight_layout()
fig.savefig("weight_decay.svg")
