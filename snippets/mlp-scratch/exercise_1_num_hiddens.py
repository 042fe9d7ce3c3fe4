import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


def train_mlp(num_hiddens, lr=0.5, num_epochs=10):
    torch.manual_seed(0)
    train_iter = DataLoader(
        TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
    )
    W1 = nn.Parameter(torch.randn(64, num_hiddens) * 0.01)
    b1 = nn.Parameter(torch.zeros(num_hiddens))
    W2 = nn.Parameter(torch.randn(num_hiddens, 10) * 0.01)
    b2 = nn.Parameter(torch.zeros(10))

    def net(X):
        return torch.relu(X.reshape(-1, 64) @ W1 + b1) @ W2 + b2

    loss = nn.CrossEntropyLoss()
    updater = torch.optim.SGD([W1, b1, W2, b2], lr=lr)
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            updater.zero_grad()
            l.backward()
            updater.step()
    with torch.no_grad():
        return (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()


for num_hiddens in [4, 16, 64, 256]:
    print(f"num_hiddens {num_hiddens:3d}: test acc {train_mlp(num_hiddens)}/360")
