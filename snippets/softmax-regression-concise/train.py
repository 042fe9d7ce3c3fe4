import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

torch.manual_seed(0)
batch_size = 64
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size, shuffle=True
)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), batch_size)

net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))


def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)


net.apply(init_weights)
loss = nn.CrossEntropyLoss()  # 输入 logit；默认 reduction="mean"，对小批量取平均
trainer = torch.optim.SGD(net.parameters(), lr=0.5)


def evaluate_accuracy(net, data_iter):
    """（预测正确的个数，样本总数）"""
    correct, total = 0, 0
    with torch.no_grad():
        for X, y in data_iter:
            correct += int((net(X).argmax(dim=1) == y).sum())
            total += len(y)
    return correct, total


num_epochs = 10
for epoch in range(num_epochs):
    loss_sum, correct, total = 0.0, 0, 0
    for X_batch, y_batch in train_iter:
        y_hat = net(X_batch)
        l = loss(y_hat, y_batch)
        trainer.zero_grad()
        l.backward()
        trainer.step()
        loss_sum += l.item() * len(y_batch)
        correct += int((y_hat.argmax(dim=1) == y_batch).sum())
        total += len(y_batch)
    test_correct, n_test = evaluate_accuracy(net, test_iter)
    print(
        f"迭代周期 {epoch + 1:2d}，损失 {loss_sum / total:.4g}，"
        f"训练精度 {correct}/{total}，测试精度 {test_correct}/{n_test}"
    )
