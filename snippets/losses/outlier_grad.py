import torch
import torch.nn.functional as F

y = torch.tensor([0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 10.0])  # the last one is an outlier
losses = {
    "L2": lambda y_hat, y: 0.5 * F.mse_loss(y_hat, y, reduction="none"),
    "L1": lambda y_hat, y: F.l1_loss(y_hat, y, reduction="none"),
    "Huber": lambda y_hat, y: F.huber_loss(y_hat, y, reduction="none", delta=1.0),
}
for name, loss in losses.items():
    y_hat = torch.full((7,), 1.0, requires_grad=True)  # predict 1.0 for everyone
    loss(y_hat, y).backward(torch.ones(7))
    print(f"{name:5}", y_hat.grad, f"sum {y_hat.grad.sum():.1f}")
