import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)
A = torch.cat([X, torch.ones(300, 1)], dim=1)
best = 0.5 * ((A @ torch.linalg.lstsq(A, y[:, None]).solution - y[:, None]) ** 2).mean()
print(f"最小值：{best.item():.6f}")

for schedule in ["constant", "decay"]:
    torch.manual_seed(1)  # 两种做法用同样的样本顺序
    theta = torch.zeros(3, requires_grad=True)
    t = 0
    for epoch in range(3):
        for i in torch.randperm(300).tolist():  # 批量大小为 1
            t += 1
            lr = 0.1 if schedule == "constant" else 0.1 / (1 + t / 100)
            (0.5 * (A[i] @ theta - y[i]) ** 2).backward()
            with torch.no_grad():
                theta -= lr * theta.grad
                theta.grad.zero_()
    loss = 0.5 * ((A @ theta - y) ** 2).mean()
    print(f"{schedule:8}: loss after 3 epochs {loss.item():.6f}")
