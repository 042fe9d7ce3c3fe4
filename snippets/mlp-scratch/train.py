import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# 数据：与 softmax 回归各节相同的 digits 划分
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]
torch.manual_seed(0)
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), batch_size=64)

# 模型参数：64 个输入，64 个隐藏单元，10 个输出
num_inputs, num_hiddens, num_outputs = 64, 64, 10
W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * 0.01)
b1 = nn.Parameter(torch.zeros(num_hiddens))
W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * 0.01)
b2 = nn.Parameter(torch.zeros(num_outputs))
params = [W1, b1, W2, b2]


def relu(X):
    return torch.max(X, torch.zeros_like(X))


def net(X):
    X = X.reshape(-1, num_inputs)  # (批量大小, 1, 8, 8) -> (批量大小, 64)
    H = relu(X @ W1 + b1)
    return H @ W2 + b2  # 未规范化的预测（logit）


def evaluate_accuracy(net, data_iter):
    correct = 0
    with torch.no_grad():
        for X, y in data_iter:
            correct += (net(X).argmax(dim=1) == y).sum().item()
    return correct


loss = nn.CrossEntropyLoss()  # 小批量上的平均交叉熵损失
num_epochs, lr = 10, 0.5
updater = torch.optim.SGD(params, lr=lr)
history = []
for epoch in range(num_epochs):
    total_loss, train_correct = 0.0, 0
    for X_batch, y_batch in train_iter:
        y_hat = net(X_batch)
        l = loss(y_hat, y_batch)
        updater.zero_grad()
        l.backward()
        updater.step()
        total_loss += l.item() * len(y_batch)
        train_correct += (y_hat.argmax(dim=1) == y_batch).sum().item()
    test_correct = evaluate_accuracy(net, test_iter)
    history.append((total_loss / 1437, train_correct / 1437, test_correct / 360))
    print(
        f"epoch {epoch + 1:2d}, loss {total_loss / 1437:.4f}, "
        f"train acc {train_correct}/1437, test acc {test_correct}/360"
    )

fig, ax = plt.subplots(figsize=(5, 3))
epochs = range(1, num_epochs + 1)
for values, label in zip(zip(*history), ["train loss", "train acc", "test acc"]):
    ax.plot(epochs, values, marker="o", label=label)
ax.set_xlabel("epoch")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("train.svg")
