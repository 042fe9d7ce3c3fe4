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
for k, (r, c) in enumerate(offsets.tolist()):
    X_shifted[k, 0, r : r + 8, c : c + 8] = X[k, 0]
# 新任务：数字在画布的左半边（列偏移 0..3）还是右半边（5..8）？偏移为 4 的不用
side = (offsets[:, 1] > 4).long()
keep = offsets[:, 1] != 4
train_idx, test_idx = train_idx[keep[train_idx]], test_idx[keep[test_idx]]
print(
    "train",
    len(train_idx),
    "test",
    len(test_idx),
    "right in test:",
    side[test_idx].sum().item(),
)


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(256, 20), nn.ReLU(), nn.Linear(20, 2))


def cnn(padding, mode="zeros"):  # 与正文相同，只是输出 2 类
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=padding, padding_mode=mode), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=padding, padding_mode=mode), nn.ReLU(),
        nn.AdaptiveMaxPool2d(1), nn.Flatten(),
        nn.Linear(32, 2),
    )  # fmt: skip


for name, make in [
    ("MLP", mlp),
    ("CNN, padding 1", lambda: cnn(1)),
    ("CNN, padding 0", lambda: cnn(0)),
    ("CNN, circular padding 1", lambda: cnn(1, "circular")),
]:
    torch.manual_seed(0)
    net = make()
    train_iter = DataLoader(
        TensorDataset(X_shifted[train_idx], side[train_idx]),
        batch_size=64,
        shuffle=True,
    )
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.Adam(net.parameters(), lr=0.003)
    for _ in range(5):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
    with torch.no_grad():
        pred = net(X_shifted[test_idx]).argmax(dim=1)
    correct = (pred == side[test_idx]).sum().item()
    print(f"{name}: left/right test acc {correct}/{len(test_idx)}")
