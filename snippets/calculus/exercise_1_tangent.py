import matplotlib.pyplot as plt
import torch


def f(x):
    return x**3 - 1 / x


x0 = torch.tensor(1.0, requires_grad=True)
y0 = f(x0)
y0.backward()
slope = x0.grad.item()  # f'(x) = 3x^2 + 1/x^2, so f'(1) = 4
intercept = y0.item() - slope * x0.item()
print(f"f(1) = {y0.item():.1f}, f'(1) = {slope:.1f}")
print(f"tangent: y = {slope:.1f} x + ({intercept:.1f})")

x = torch.linspace(0.25, 2, 71)  # stay away from x = 0, where f is undefined
fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(x, f(x), label="$f(x) = x^3 - 1/x$")
ax.plot(x, slope * x + intercept, "--", label="tangent at $x = 1$")
ax.plot([1.0], [y0.item()], "o", color="black")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.legend()
fig.tight_layout()
fig.savefig("exercise_1_tangent.svg")
