import matplotlib.pyplot as plt
import torch

x = torch.arange(-80, 81) / 10  # -8.0, -7.9, ..., 8.0，正好含有 0
x.requires_grad_(True)
y = torch.tanh(x)
y.backward(torch.ones_like(x))
zero, top = x == 0, x.grad.argmax()
print(f"tanh(0) = {y[zero].item():.4f}, tanh'(0) = {x.grad[zero].item():.4f}")
print(f"max of tanh' = {x.grad[top]:.4f} at x = {x[top]:.1f}")
print(torch.allclose(x.grad, 1 - y**2))  # tanh' = 1 - tanh^2，默认容差
print(torch.allclose(x.grad, 1 - y**2, atol=1e-7))  # 放宽绝对容差
print(torch.allclose(y, 2 * torch.sigmoid(2 * x) - 1))  # tanh(x) = 2 sigmoid(2x) - 1

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7, 2.8))
ax1.plot(x.detach(), y.detach())
ax1.set_xlabel("$x$")
ax1.set_ylabel(r"$\tanh(x)$")
ax2.plot(x.detach(), x.grad)
ax2.set_xlabel("$x$")
ax2.set_ylabel(r"$\tanh'(x)$")
fig.tight_layout()
fig.savefig("tanh.svg")
