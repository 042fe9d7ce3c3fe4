import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test


def train(n_train, batch_size, lr, checkpoints):
    """用前 n_train 个训练样本训练，在给定的迭代周期数处打印训练和测试的损失、精度"""
    X_train, y_train = X[train_idx[:n_train]], y[train_idx[:n_train]]
    X_test, y_test = X[test_idx], y[test_idx]
    torch.manual_seed(0)
    net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
    nn.init.normal_(net[1].weight, std=0.01)
    nn.init.zeros_(net[1].bias)
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(1, checkpoints[-1] + 1):
        indices = torch.randperm(n_train)  # 在内存里切片读小批量，比 DataLoader 快
        for i in range(0, n_train, batch_size):
            j = indices[i : i + batch_size]
            l = loss(net(X_train[j]), y_train[j])
            trainer.zero_grad()
            l.backward()
            trainer.step()
        if epoch in checkpoints:
            with torch.no_grad():
                o_train, o_test = net(X_train), net(X_test)
                print(
                    f"迭代周期 {epoch:4d}：训练损失 {loss(o_train, y_train):.4f}，测试损失 {loss(o_test, y_test):.4f}，"
                    f"训练精度 {int((o_train.argmax(1) == y_train).sum())}/{n_train}，"
                    f"测试精度 {int((o_test.argmax(1) == y_test).sum())}/360，‖W‖ = {net[1].weight.norm():.2f}"
                )


print("全部 1437 个训练样本，小批量 64，学习率 0.5（与本章相同）：")
train(1437, 64, 0.5, [10, 30, 60])
print("只用 50 个训练样本，小批量 50（每个迭代周期一步），学习率 2：")
train(50, 50, 2.0, [10, 50, 100, 500])
