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


def train(lambd, num_epochs=100, lr=0.003):
    torch.manual_seed(1)
    w = torch.normal(0, 1, (num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for epoch in range(num_epochs):
        for X, y in DataLoader(TensorDataset(*train_data), batch_size, shuffle=True):
            loss = ((X @ w + b - y) ** 2 / 2).mean() + lambd / 2 * (w**2).sum()
            loss.backward()
            with torch.no_grad():
                for param in (w, b):
                    param -= lr * param.grad
                    param.grad.zero_()
    with torch.no_grad():
        losses = [
            ((X @ w + b - y) ** 2 / 2).mean().item() for X, y in (train_data, test_data)
        ]
    return w.norm().item(), *losses


lambdas = [0, 0.3, 1, 3, 10, 30, 100]
results = [train(lambd) for lambd in lambdas]
for lambd, (norm, train_loss, test_loss) in zip(lambdas, results):
    print(
        f"λ = {lambd:>3}: ‖w‖ = {norm:.4g}, train loss {train_loss:.2g}, test loss {test_loss:.4g}"
    )

fig, ax = plt.subplots(figsize=(4.5, 3))
positions = range(len(lambdas))
# 画的是打印出的那几位有效数字：更多的位数随线程数而变
ax.semilogy(positions, [float(f"{r[1]:.2g}") for r in results], "o-", label="train")
ax.semilogy(positions, [float(f"{r[2]:.4g}") for r in results], "s--", label="test")
ax.set_xticks(positions, [str(lambd) for lambd in lambdas])
ax.set_xlabel(r"$\lambda$")
ax.set_ylabel("loss")
ax.legend()
fig.tight_layout()
fig.savefig("lambda_sweep.svg")
