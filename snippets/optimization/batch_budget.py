import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)

for batch_size in [1, 10, 100, 300]:
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    indices = torch.randperm(300)
    updates = 0
    for i in range(0, 300, batch_size):  # 恰好一个迭代周期：每个样本用一次
        batch = indices[i : i + batch_size]
        loss = 0.5 * ((X[batch] @ w + b - y[batch]) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            for param in (w, b):
                param -= 0.1 * param.grad
                param.grad.zero_()
        updates += 1
    with torch.no_grad():
        loss = 0.5 * ((X @ w + b - y) ** 2).mean()
    print(f"batch {batch_size:3d}: 更新 {updates:3d} 次, loss {loss.item():.6f}")
