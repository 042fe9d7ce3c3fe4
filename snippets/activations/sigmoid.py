import matplotlib.pyplot as plt
import torch

x = torch.arange(-80, 81) / 10  # -8.0, -7.9, ..., 8.0，正好含有 0
x.requires_grad_(True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
zero, top = x == 0, x.grad.argmax()
print(f"sigmoid(0) = {y[zero].item():.4f}, sigmoid'(0) = {x.grad[zero].item():.4f}")
print("sigmoid'(0) == 1/4:", x.grad[zero].item() == 0.25)  # exactly, not just rounded
print(f"max of sigmoid' = {x.grad[top]:.4f} at x = {x[top]:.1f}")
print(f"sigmoid'(8) = {x.grad[-1]:.6f}")
print(torch.allclose(x.grad, y * (1 - y)))  # sigmoid' = sigmoid (1 - sigmoid)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7, 2.8))
ax1.plot(x.detach(), y.detach())
ax1.set_xlabel("$x$")
ax1.set_ylabel(r"$\mathrm{sigmoid}(x)$")
ax2.plot(x.detach(), x.grad)
ax2.set_xlabel("$x$")
ax2.set_ylabel(r"$\mathrm{sigmoid}'(x)$")
fig.tight_layout()
fig.savefig("sigmoid.svg")
