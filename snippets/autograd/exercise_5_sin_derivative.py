import matplotlib.pyplot as plt
import torch

x = torch.linspace(-2 * torch.pi, 2 * torch.pi, 200, requires_grad=True)
y = torch.sin(x)
y.sum().backward()  # each y_i depends on x_i only: x.grad[i] = dy_i/dx_i
dydx = x.grad

print(torch.allclose(dydx, torch.cos(x.detach())))
print((dydx - torch.cos(x.detach())).abs().max().item())

fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(x.detach(), y.detach(), label="f(x) = sin(x)")
ax.plot(x.detach(), dydx, linestyle="dashed", label="df/dx by autograd")
ax.set_xlabel("x")
ax.legend()
fig.tight_layout()
fig.savefig("sin_derivative.svg")
