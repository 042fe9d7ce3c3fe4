import matplotlib.pyplot as plt
import torch


def huber(y_hat, y, delta=1.0):
    r = torch.abs(y_hat - y)
    return torch.where(r > delta, delta * (r - 0.5 * delta), 0.5 * r**2)


y = 0.0
y_hat = torch.linspace(-3, 3, 121, requires_grad=True)
loss = huber(y_hat, y)
loss.backward(torch.ones_like(loss))

points = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0], requires_grad=True)
huber(points, y).backward(torch.ones(5))
print("y_hat:   ", points.detach())
print("gradient:", points.grad)

fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(y_hat.detach(), loss.detach(), label=r"Huber, $\delta = 1$")
ax.plot(y_hat.detach(), y_hat.grad, "--", label="derivative")
ax.plot(y_hat.detach(), torch.exp(-loss.detach()), ":", label=r"$e^{-\ell}$")
ax.set_xlabel("prediction $y'$ (target $y = 0$)")
ax.set_ylim(-3.2, 4.6)
ax.legend()
fig.tight_layout()
fig.savefig("huber.svg")
