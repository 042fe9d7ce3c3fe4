import torch
import torch.nn.functional as F

y = torch.tensor([0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 10.0])
c = torch.linspace(0, 10, 1001).reshape(-1, 1)  # candidate constant predictions
C, Y = torch.broadcast_tensors(c, y)  # row i: every example predicted as c[i]
mean_losses = {
    "L2": F.mse_loss(C, Y, reduction="none").mean(dim=1),
    "L1": F.l1_loss(C, Y, reduction="none").mean(dim=1),
    "Huber": F.huber_loss(C, Y, reduction="none", delta=1.0).mean(dim=1),
}
for name, values in mean_losses.items():
    print(f"{name:5} best c = {c[values.argmin()].item():.2f}")
print(f"mean {y.mean():.2f}, median {y.median():.2f}")
