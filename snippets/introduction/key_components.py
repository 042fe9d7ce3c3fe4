import torch

# Data: four jobs, the hours each took and the bill (in dollars).
hours = torch.tensor([1.0, 2.0, 3.0, 4.0])
bills = torch.tensor([150.0, 250.0, 350.0, 450.0])

# Model: bill = w * hours + b; its parameters w and b start at 0.
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)


def model(x):
    return w * x + b


# Objective function: the mean squared error of the predictions.
def loss_fn(prediction, target):
    return ((prediction - target) ** 2).mean()


# Optimization algorithm: gradient descent, 2000 small steps downhill.
for step in range(1, 2001):
    loss = loss_fn(model(hours), bills)
    loss.backward()
    with torch.no_grad():
        for parameter in (w, b):
            parameter -= 0.05 * parameter.grad
            parameter.grad.zero_()
    if step in (1, 10, 100, 2000):
        print(
            f"step {step:>4}: loss {loss.item():10.2f}  w {w.item():6.2f}  b {b.item():6.2f}"
        )
