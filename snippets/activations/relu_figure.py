import matplotlib.pyplot as plt
import torch

x = torch.arange(-80, 81) / 10  # -8.0, -7.9, ..., 8.0，正好含有 0
x.requires_grad_(True)
y = torch.relu(x)
y.backward(torch.ones_like(x))
print("unique gradients:", torch.unique(x.grad).tolist())

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7, 2.8))
ax1.plot(x.detach(), y.detach())
ax1.set_xlabel("$x$")
ax1.set_ylabel(r"$\mathrm{ReLU}(x)$")
ax2.plot(x.detach(), x.grad)
ax2.set_xlabel("$x$")
ax2.set_ylabel(r"$\mathrm{ReLU}'(x)$")
fig.tight_layout()
fig.savefig("relu.svg")
