# timeout: 120
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# 卷积层的梯度在多个线程间累加的顺序随线程数而变：固定单线程，结果才能逐位复现
torch.set_num_threads(1)

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]
X28 = F.interpolate(X, size=(28, 28), mode="bilinear", align_corners=False)


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10),
    )  # fmt: skip


def init_weights(m):
    if type(m) in (nn.Linear, nn.Conv2d):
        nn.init.xavier_uniform_(m.weight)


def evaluate_accuracy_gpu(net, X, y, device="cpu"):
    """Correct predictions on (X, y), and the predictions, computed on ``device``."""
    net.eval()
    with torch.no_grad():
        pred = net(X.to(device)).argmax(dim=1)
    return (pred == y.to(device)).sum().item(), pred


def train_ch6(net, train_iter, test_X, test_y, num_epochs, lr, device="cpu"):
    """The book's training function: Xavier init, cross-entropy, minibatch SGD."""
    net.apply(init_weights)
    net.to(device)
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    step_losses = []
    for epoch in range(num_epochs):
        net.train()
        total_loss = 0.0
        for X_batch, y_batch in train_iter:
            X_batch, y_batch = X_batch.to(device), y_batch.to(device)
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
            step_losses.append(round(l.item(), 4))
            total_loss += l.item() * len(y_batch)
        correct, test_pred = evaluate_accuracy_gpu(net, test_X, test_y, device)
        print(
            f"epoch {epoch + 1:2d}, loss {total_loss / 1437:.4f}, test acc {correct}/360"
        )
    return step_losses, test_pred


# 书中的设置：学习率 0.9，批量大小 256，10 个迭代周期（在 CPU 上）
torch.manual_seed(0)
train_iter = DataLoader(
    TensorDataset(X28[train_idx], y[train_idx]), batch_size=256, shuffle=True
)
step_losses, test_pred = train_ch6(
    lenet(), train_iter, X28[test_idx], y[test_idx], 10, 0.9
)
print("steps:", len(step_losses), f"ln 10 = {math.log(10):.4f}")
print("test predictions per class:", torch.bincount(test_pred, minlength=10).tolist())

fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(range(1, len(step_losses) + 1), step_losses, label="train loss (minibatch)")
ax.axhline(math.log(10), color="gray", linestyle="--", label="ln 10 (chance)")
ax.set_xlabel("step")
ax.set_ylim(2.2, 2.8)
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("plateau.svg")
