import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


def init_weights(m):
    if type(m) is nn.Linear:
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)


def train(net, num_epochs=10, lr=0.5):
    torch.manual_seed(0)
    train_iter = DataLoader(
        TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
    )
    net.apply(init_weights)
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    history = []
    for _ in range(num_epochs):
        total_loss = 0.0
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
            total_loss += l.item() * len(y_batch)
        with torch.no_grad():
            test_correct = (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
        history.append((total_loss / 1437, test_correct))
    return history


mlp = nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
softmax_regression = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
mlp_history = train(mlp)
softmax_history = train(softmax_regression)
for epoch, (l, correct) in enumerate(mlp_history, start=1):
    print(f"epoch {epoch:2d}, loss {l:.4f}, test acc {correct}/360")
print(
    f"MLP:                loss {mlp_history[-1][0]:.4f}, test acc {mlp_history[-1][1]}/360"
)
print(
    f"softmax regression: loss {softmax_history[-1][0]:.4f}, test acc {softmax_history[-1][1]}/360"
)

# Plot what is printed (4 decimals): the curves are then the same on any thread count.
mlp_history = [(round(l, 4), c) for l, c in mlp_history]
softmax_history = [(round(l, 4), c) for l, c in softmax_history]
fig, ax = plt.subplots(figsize=(5, 3))
epochs = range(1, 11)
ax.plot(epochs, [h[0] for h in mlp_history], marker="o", label="MLP train loss")
ax.plot(epochs, [h[0] for h in softmax_history], marker="o", label="softmax train loss")
ax.plot(epochs, [h[1] / 360 for h in mlp_history], marker="s", label="MLP test acc")
ax.plot(
    epochs, [h[1] / 360 for h in softmax_history], marker="s", label="softmax test acc"
)
ax.set_xlabel("epoch")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("train.svg")
