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
valid_data = synthetic_data(true_w, true_b, 20)  # 另取 20 个样本作验证集


def mean_loss(w, b, data):
    X, y = data
    return ((X @ w + b - y) ** 2 / 2).mean().item()


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
        return mean_loss(w, b, valid_data), mean_loss(w, b, test_data)


lambdas = [1, 3, 10, 20, 30, 50, 100]
results = {lambd: train(lambd) for lambd in lambdas}
for lambd, (valid_loss, test_loss) in results.items():
    print(f"λ = {lambd:>3}: valid loss {valid_loss:.4g}, test loss {test_loss:.4g}")
best_valid = min(lambdas, key=lambda lambd: results[lambd][0])
best_test = min(lambdas, key=lambda lambd: results[lambd][1])
print("chosen by validation:", best_valid, f"(test loss {results[best_valid][1]:.4g})")
print("best on test:        ", best_test, f"(test loss {results[best_test][1]:.4g})")
