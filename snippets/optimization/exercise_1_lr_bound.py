import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)
A = torch.cat([X, torch.ones(300, 1)], dim=1)
bound = 2 / torch.linalg.eigvalsh(A.T @ A / 300).max().item()
print(f"2 / lambda_max = {bound:.4f}")

for lr in [0.95 * bound, 1.05 * bound]:
    theta = torch.zeros(3, requires_grad=True)  # [w1, w2, b]
    for step in range(300):
        loss = 0.5 * ((A @ theta - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            theta -= lr * theta.grad
            theta.grad.zero_()
    loss = 0.5 * ((A @ theta - y) ** 2).mean()
    print(f"lr {lr:.4f}: loss after 300 steps {loss.item():.4g}")
