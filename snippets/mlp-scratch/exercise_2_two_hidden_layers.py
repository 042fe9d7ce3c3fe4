import itertools

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


def train_deep(sizes, std, lr=0.5, num_epochs=10):
    torch.manual_seed(0)
    train_iter = DataLoader(
        TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
    )
    Ws = [nn.Parameter(torch.randn(m, n) * std) for m, n in itertools.pairwise(sizes)]
    bs = [nn.Parameter(torch.zeros(n)) for n in sizes[1:]]

    def net(X):
        H = X.reshape(-1, 64)
        for W, b in zip(Ws[:-1], bs[:-1]):
            H = torch.relu(H @ W + b)  # 每个隐藏层之后都接 ReLU
        return H @ Ws[-1] + bs[-1]

    loss = nn.CrossEntropyLoss()
    updater = torch.optim.SGD(Ws + bs, lr=lr)
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            updater.zero_grad()
            l.backward()
            updater.step()
    with torch.no_grad():
        train_loss = loss(net(X[train_idx]), y[train_idx]).item()
        return train_loss, (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()


for sizes, std in [
    ([64, 64, 10], 0.01),
    ([64, 64, 64, 10], 0.01),
    ([64, 64, 64, 10], 0.1),
]:
    train_loss, correct = train_deep(sizes, std)
    print(
        f"sizes {sizes}, std {std}: train loss {train_loss:.4f}, test acc {correct}/360"
    )
