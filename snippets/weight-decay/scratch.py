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
# 投影到 X_train 的零空间：训练数据「看不见」的 180 个方向
X_train = train_data[0]
null_projection = torch.eye(num_inputs) - torch.linalg.pinv(X_train) @ X_train


def squared_loss(y_hat, y):
    return (y_hat - y) ** 2 / 2


def l2_penalty(w):
    return (w**2).sum() / 2


def train(lambd, init="normal", num_epochs=100, lr=0.003):
    torch.manual_seed(1)  # 每次训练：同样的初始值、同样的小批量顺序
    w = torch.normal(0, 1, (num_inputs, 1))
    if init == "zeros":
        w = torch.zeros(num_inputs, 1)
    w.requires_grad_(True)
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
    null_norm = (null_projection @ w.detach()).norm()
    print(
        f"λ = {lambd}, w0 {init}: ‖w‖ = {w.norm():.4g} (null space {null_norm:.4f}), "
        f"train loss {train_loss:.2g}, test loss {test_loss:.4g}"
    )
    return history


histories = {
    (lambd, init): train(lambd, init)
    for lambd, init in ((0, "normal"), (3, "normal"), (0, "zeros"))
}

fig, axes = plt.subplots(1, 3, figsize=(9, 2.8), sharey=True)
for ax, ((lambd, init), history) in zip(axes, histories.items()):
    epochs = range(1, len(history) + 1)
    # 画图只用 2 位有效数字：这么小的损失，更多的位数随线程数而变
    ax.semilogy(epochs, [float(f"{h[0]:.2g}") for h in history], label="train")
    ax.semilogy(epochs, [float(f"{h[1]:.2g}") for h in history], "--", label="test")
    start = r"\mathcal{N}(0, 1)" if init == "normal" else r"\mathbf{0}"
    ax.set_title(rf"$\lambda = {lambd}$, $\mathbf{{w}}_0 \sim {start}$")
    if init == "zeros":
        ax.set_title(rf"$\lambda = {lambd}$, $\mathbf{{w}}_0 = {start}$")
    ax.set_xlabel("epoch")
    ax.legend()
axes[0].set_ylabel("loss")
fig.tight_layout()
fig.savefig("weight_decay.svg")
