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


def mlp(num_hidden_layers, num_hiddens=64):
    layers, num_inputs = [nn.Flatten()], 64
    for _ in range(num_hidden_layers):
        layers += [nn.Linear(num_inputs, num_hiddens), nn.ReLU()]
        num_inputs = num_hiddens
    return nn.Sequential(*layers, nn.Linear(num_inputs, 10))


for num_hidden_layers in [1, 2]:
    torch.manual_seed(0)
    net = mlp(num_hidden_layers)  # PyTorch 默认的初始化
    train_loss, correct = train(net)
    print(
        f"{num_hidden_layers} hidden layer(s): train loss {train_loss:.4f}, test acc {correct}/360"
    )
