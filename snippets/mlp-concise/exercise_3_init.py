import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


def train(net, num_epochs=10, lr=0.5):
    """从种子 0 开始训练 net（不改动它的初始化），返回训练集上的损失和测试集上的正确个数。"""
    torch.manual_seed(0)
    train_iter = DataLoader(
        TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
    )
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
    with torch.no_grad():
        train_loss = loss(net(X[train_idx]), y[train_idx]).item()
        correct = (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
    return train_loss, correct


inits = {
    "normal(0, 0.01)": lambda w: nn.init.normal_(w, std=0.01),
    "PyTorch default": None,
    "xavier_uniform": nn.init.xavier_uniform_,
    "zeros": nn.init.zeros_,
}
for name, init in inits.items():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
    if init is not None:
        for layer in [net[1], net[3]]:
            init(layer.weight)
            nn.init.zeros_(layer.bias)
    train_loss, correct = train(net)
    print(f"{name:15s}: train loss {train_loss:.4f}, test acc {correct}/360")
