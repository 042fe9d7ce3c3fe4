import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

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

# softmax 回归：没有隐藏层，64 个输入直接映射到 10 个输出
W = nn.Parameter(torch.randn(64, 10) * 0.01)
b = nn.Parameter(torch.zeros(10))


def net(X):
    return X.reshape(-1, 64) @ W + b


loss = nn.CrossEntropyLoss()
updater = torch.optim.SGD([W, b], lr=0.5)
for epoch in range(10):  # 与多层感知机相同：10 个迭代周期，学习率 0.5
    for X_batch, y_batch in train_iter:
        l = loss(net(X_batch), y_batch)
        updater.zero_grad()
        l.backward()
        updater.step()

with torch.no_grad():
    train_correct = (net(X[train_idx]).argmax(dim=1) == y[train_idx]).sum().item()
    test_correct = (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
print(
    f"softmax regression: train acc {train_correct}/1437, test acc {test_correct}/360"
)
