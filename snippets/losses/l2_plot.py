import matplotlib.pyplot as plt
import torch


def l2(y_hat, y):
    return 0.5 * (y_hat - y) ** 2


y = 0.0  # the target; y_hat is the prediction
y_hat = torch.linspace(-3, 3, 121, requires_grad=True)
loss = l2(y_hat, y)
loss.backward(torch.ones_like(loss))  # one backward pass: d loss / d y_hat everywhere

points = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0], requires_grad=True)
l2(points, y).backward(torch.ones(5))
print("y_hat:   ", points.detach())
print("gradient:", points.grad)

fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(y_hat.detach(), loss.detach(), label=r"$\frac{1}{2}(y - y')^2$")
ax.plot(y_hat.detach(), y_hat.grad, "--", label="derivative")
ax.plot(y_hat.detach(), torch.exp(-loss.detach()), ":", label=r"$e^{-\ell}$")
ax.set_xlabel("prediction $y'$ (target $y = 0$)")
ax.set_ylim(-3.2, 4.6)
ax.legend()
fig.tight_layout()
fig.savefig("l2.svg")
