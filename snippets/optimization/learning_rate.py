import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)

report = [0, 5, 20, 50, 100]
print("lr    " + "".join(f"{f'step {s}':>12}" for s in report))
for lr in [0.01, 0.1, 1.0, 3.0]:
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    losses = []
    for step in range(101):
        loss = 0.5 * ((X @ w + b - y) ** 2).mean()
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    print(f"{lr:<6}" + "".join(f"{losses[s]:>#12.4g}" for s in report))
print("lr = 3.0 最后的参数:", w.detach(), b.detach())
