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


def lenet_8x8():
    """不放大图像，把 LeNet 改小：第二个卷积层用 3×3、填充 1，全连接层的输入变成 16×2×2。"""
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=3, padding=1), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 2 * 2, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10),
    )  # fmt: skip


def init_weights(m):
    if type(m) in (nn.Linear, nn.Conv2d):
        nn.init.xavier_uniform_(m.weight)


torch.manual_seed(0)
net = lenet_8x8()
shape = X[:1].shape
for layer in net:
    shape = layer(torch.zeros(shape)).shape
    print(f"{type(layer).__name__:10s} {tuple(shape)}")
print("parameters:", sum(p.numel() for p in net.parameters()))

net.apply(init_weights)
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size=32, shuffle=True
)
loss = nn.CrossEntropyLoss()
trainer = torch.optim.Adam(net.parameters(), lr=0.003)
test_correct = []
for epoch in range(15):
    for X_batch, y_batch in train_iter:
        l = loss(net(X_batch), y_batch)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    with torch.no_grad():
        test_correct.append(
            (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
        )
print("test acc per epoch:", test_correct)
