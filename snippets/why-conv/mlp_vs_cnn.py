# timeout: 120
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# 卷积层的梯度在多个线程间累加的顺序随线程数而变：固定单线程，结果才能逐位复现
torch.set_num_threads(1)

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]

offsets = torch.randint(0, 9, (len(y), 2), generator=torch.Generator().manual_seed(1))
X_shifted = torch.zeros(len(y), 1, 16, 16)
X_centered = torch.zeros(len(y), 1, 16, 16)
for k, (r, c) in enumerate(offsets.tolist()):
    X_shifted[k, 0, r : r + 8, c : c + 8] = X[k, 0]
    X_centered[k, 0, 4:12, 4:12] = X[k, 0]


def mlp():  # 256 个输入，20 个隐藏单元
    return nn.Sequential(nn.Flatten(), nn.Linear(256, 20), nn.ReLU(), nn.Linear(20, 10))


def cnn():  # 两个 3×3 卷积层；最后对每个通道取所有位置上的最大值
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.ReLU(),
        nn.AdaptiveMaxPool2d(1), nn.Flatten(),
        nn.Linear(32, 10),
    )  # fmt: skip


def train(net, images, num_epochs=10):
    """从种子 0 开始用 Adam 训练，返回训练损失和测试集上的正确个数。"""
    train_iter = DataLoader(
        TensorDataset(images[train_idx], y[train_idx]), batch_size=64, shuffle=True
    )
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.Adam(net.parameters(), lr=0.003)
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
    with torch.no_grad():
        train_loss = loss(net(images[train_idx]), y[train_idx]).item()
        correct = (net(images[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
    return train_loss, correct


for name, make in [("MLP", mlp), ("CNN", cnn)]:
    for data_name, images in [("centered", X_centered), ("shifted", X_shifted)]:
        torch.manual_seed(0)
        net = make()
        num_params = sum(p.numel() for p in net.parameters())
        train_loss, correct = train(net, images)
        print(
            f"{name} ({num_params} parameters), {data_name:8s}: "
            f"train loss {train_loss:.2f}, test acc {correct}/360"
        )
