import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)

fig, ax = plt.subplots(figsize=(4.5, 4.5))
w1, w2 = torch.meshgrid(
    torch.linspace(-1, 4, 101), torch.linspace(-5, 1, 101), indexing="ij"
)
residual = X[:, 0, None, None] * w1 + X[:, 1, None, None] * w2 + 4.2 - y[:, None, None]
ax.contour(w1, w2, 0.5 * (residual**2).mean(dim=0), levels=12, colors="lightgray")

for batch_size, color in [(300, "C0"), (10, "C1"), (1, "C3")]:
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    path = [w.detach().clone()]
    for step in range(30):  # 30 次更新
        batch = torch.randperm(300)[:batch_size]
        loss = 0.5 * ((X[batch] @ w + b - y[batch]) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            for param in (w, b):
                param -= 0.1 * param.grad
                param.grad.zero_()
        path.append(w.detach().clone())
    path = torch.stack(path)
    print(f"batch {batch_size:3d}: w after 30 updates {path[-1]}")
    ax.plot(path[:, 0], path[:, 1], ".-", color=color, label=f"batch {batch_size}")
ax.plot([2.0], [-3.4], "k*", markersize=10)
ax.set_aspect("equal")
ax.set_xlabel("$w_1$")
ax.set_ylabel("$w_2$")
ax.legend()
fig.tight_layout()
fig.savefig("trajectories.svg")
