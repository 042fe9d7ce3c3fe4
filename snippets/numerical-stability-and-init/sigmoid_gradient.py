import matplotlib.pyplot as plt
import torch

x = torch.arange(-80, 81) / 10  # -8.0, -7.9, ..., 8.0
x.requires_grad_(True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))

for value in (0.0, 2.0, 5.0, 8.0):
    i = (x == value).nonzero().item()
    print(
        f"x = {value:3.0f}: sigmoid = {y[i].item():.4f}, gradient = {x.grad[i].item():.3e}"
    )
print(f"largest gradient: {x.grad.max().item():.4f}")
print(f"0.25 ** 10 = {0.25**10:.3e}")  # 10 层 sigmoid 的导数连乘，最多这么大

fig, ax = plt.subplots(figsize=(4.5, 2.5))
ax.plot(x.detach(), y.detach(), label="sigmoid")
ax.plot(x.detach(), x.grad, "--", label="gradient")
ax.set_xlabel("$x$")
ax.legend()
fig.tight_layout()
fig.savefig("sigmoid_gradient.svg")
