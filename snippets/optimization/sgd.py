import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)


def data_iter(batch_size, X, y):
    indices = torch.randperm(len(y))  # 每个迭代周期重新打乱
    for i in range(0, len(y), batch_size):
        batch = indices[i : i + batch_size]
        yield X[batch], y[batch]


w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, batch_size = 0.1, 10
for epoch in range(3):
    for X_batch, y_batch in data_iter(batch_size, X, y):
        loss_sum = 0.5 * ((X_batch @ w + b - y_batch) ** 2).sum()
        loss_sum.backward()
        with torch.no_grad():
            for param in (w, b):
                param -= lr * param.grad / len(y_batch)
                param.grad.zero_()
    with torch.no_grad():
        loss = 0.5 * ((X @ w + b - y) ** 2).mean()
    print(f"epoch {epoch + 1}, loss {loss.item():.6f}")
print("w:", w.detach(), "b:", b.detach())
