import torch

lam = 2.0  # 损失 L(w) = lam * w^2 / 2，最小值点 w = 0
for lr in [0.1, 0.5, 0.9, 1.0, 1.1]:
    w = torch.tensor(1.0, requires_grad=True)
    values = []
    for step in range(4):
        (lam * w**2 / 2).backward()
        with torch.no_grad():
            w -= lr * w.grad
            w.grad.zero_()
        values.append(round(w.item(), 4))
    print(f"lr {lr}: 1 - lr*lam = {1 - lr * lam:+.1f}, w = {values}")
