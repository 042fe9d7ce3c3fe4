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

test_X, test_y = X[test_idx], y[test_idx]


def train(lr, batch_size, num_epochs):
    """本章的训练程序，返回（最后一个迭代周期的平均训练损失，测试集上预测正确的个数）"""
    torch.manual_seed(0)
    train_iter = DataLoader(
        TensorDataset(X[train_idx], y[train_idx]), batch_size, shuffle=True
    )
    net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
    nn.init.normal_(net[1].weight, std=0.01)
    nn.init.zeros_(net[1].bias)
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(num_epochs):
        loss_sum = 0.0
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
            loss_sum += l.item() * len(y_batch)
    with torch.no_grad():
        correct = int((net(test_X).argmax(dim=1) == test_y).sum())
    return loss_sum / len(train_idx), correct


for lr, batch_size, num_epochs in [
    (0.1, 64, 10),
    (0.5, 64, 10),
    (2.0, 64, 10),
    (0.5, 32, 10),
    (0.5, 256, 10),
]:
    train_loss, correct = train(lr, batch_size, num_epochs)
    print(
        f"lr {lr:3}，batch_size {batch_size:3d}，{num_epochs} 个迭代周期：训练损失 {train_loss:.4f}，测试精度 {correct}/360"
    )
