import matplotlib.pyplot as plt
import torch


def f(x):
    return 3 * x**2 - 4 * x


x0 = torch.tensor(1.0, requires_grad=True)
y0 = f(x0)
y0.backward()
slope = x0.grad.item()
intercept = y0.item() - slope * x0.item()
print(f"f(1) = {y0.item():.1f}, f'(1) = {slope:.1f}")
print(f"tangent: slope = {slope:.1f}, intercept = {intercept:.1f}")

x = torch.linspace(0, 3, 61)
fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(x, f(x), label="$f(x) = 3x^2 - 4x$")
ax.plot(x, slope * x + intercept, "--", label="tangent at $x = 1$")
ax.plot([1.0], [y0.item()], "o", color="black")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.legend()
fig.tight_layout()
fig.savefig("tangent.svg")
