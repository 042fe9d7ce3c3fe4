import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)

for zero_grad in [True, False]:
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for step in range(50):
        loss = 0.5 * ((X @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
            b -= 0.1 * b.grad
            if zero_grad:
                w.grad.zero_()
                b.grad.zero_()
    loss = 0.5 * ((X @ w + b - y) ** 2).mean()
    print(
        f"zero_grad={zero_grad}: loss after 50 steps {loss.item():.6f}, w {w.detach()}"
    )
