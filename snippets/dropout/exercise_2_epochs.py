import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = (
    torch.tensor(digits.images, dtype=torch.float64).unsqueeze(1) / 16
)  # float64：见正文
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test


def make_net(p1, p2):
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(64, 256, dtype=torch.float64),
        nn.ReLU(),
        nn.Dropout(p1),
        nn.Linear(256, 256, dtype=torch.float64),
        nn.ReLU(),
        nn.Dropout(p2),
        nn.Linear(256, 10, dtype=torch.float64),
    )


def accuracy(net, idx):
    net.eval()
    with torch.no_grad():
        correct = (net(X[idx]).argmax(dim=1) == y[idx]).sum().item()
    return f"{correct}/{len(idx)}"


def train(p1, p2, num_epochs=20, lr=0.5):
    torch.manual_seed(0)
    net = make_net(p1, p2)
    loader = DataLoader(
        TensorDataset(X[train_idx], y[train_idx]),
        batch_size=64,
        shuffle=True,
        generator=torch.Generator().manual_seed(1),
    )
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(num_epochs):
        net.train()
        for Xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(net(Xb), yb).backward()
            optimizer.step()
        if (epoch + 1) % 5 == 0:
            print(
                f"  epoch {epoch + 1:2d}: train acc {accuracy(net, train_idx)}, test acc {accuracy(net, test_idx)}"
            )


for p1, p2 in ((0.0, 0.0), (0.2, 0.5)):
    print(f"dropout ({p1}, {p2}):")
    train(p1, p2)
