import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)

A = torch.cat([X, torch.ones(300, 1)], dim=1)  # 把偏置看成第 3 个权重
largest = torch.linalg.eigvalsh(A.T @ A / 300).max().item()
print(f"largest curvature {largest:.2f}, 2 / largest = {2 / largest:.2f}")

fig, ax = plt.subplots(figsize=(5, 3))
for lr in [0.01, 0.1, 1.0, 1.8]:
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    losses = []
    for step in range(41):
        loss = 0.5 * ((X @ w + b - y) ** 2).mean()
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    print(f"lr {lr}: loss after 40 steps {losses[-1]:#.4g}")
    ax.plot(losses, label=rf"$\eta = {lr}$")
ax.set_yscale("log")
ax.set_xlabel("step")
ax.set_ylabel("loss")
ax.legend()
fig.tight_layout()
fig.savefig("lr_curves.svg")
