import torch


def simulate(drag, steps=100, dt=0.01, g=9.81):
    """Height of a ball dropped from 10 m, with air drag -drag * v, by Euler steps."""
    height, velocity = torch.tensor(10.0), torch.tensor(0.0)
    heights = []
    for _ in range(steps):
        velocity = velocity + (-g - drag * velocity) * dt
        height = height + velocity * dt
        heights.append(height)
    return torch.stack(heights)


measured = simulate(torch.tensor(0.5))  # observations of a ball whose drag is 0.5

# End to end: tune the drag by the error of the whole simulated trajectory.
drag = torch.tensor(0.0, requires_grad=True)
for step in range(1, 21):
    loss = ((simulate(drag) - measured) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        drag -= 2.0 * drag.grad
        drag.grad.zero_()
    if step in (1, 2, 3, 5, 10, 20):
        print(f"step {step:>3}: loss {loss.item():.6f}  drag {drag.item():.4f}")
