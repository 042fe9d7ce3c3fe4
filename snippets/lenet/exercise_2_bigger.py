# timeout: 120
import torch
import torch.nn.functional as F
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
X28 = F.interpolate(X, size=(28, 28), mode="bilinear", align_corners=False)


def relu_lenet(kernel_size=5, extra_conv=False):
    """exercise_2_relu.py 的网络（ReLU、最大汇聚）：换卷积窗口，或再加一个 3x3 卷积层。"""
    layers = [
        nn.Conv2d(1, 6, kernel_size, padding=(kernel_size - 1) // 2), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(6, 16, kernel_size), nn.ReLU(),
    ]  # fmt: skip
    if extra_conv:
        layers += [nn.Conv2d(16, 16, 3, padding=1), nn.ReLU()]
    side = (14 - kernel_size + 1) // 2  # 第二个卷积层、第二次汇聚之后的边长
    layers += [
        nn.MaxPool2d(2), nn.Flatten(),
        nn.Linear(16 * side * side, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, 10),
    ]  # fmt: skip
    return nn.Sequential(*layers)


def train_and_count(net, num_epochs=10):
    """学习率 0.1、批量大小 32 的随机梯度下降；返回参数个数、训练集和测试集上的正确个数。"""
    for m in net:
        if type(m) in (nn.Linear, nn.Conv2d):
            nn.init.xavier_uniform_(m.weight)
    train_iter = DataLoader(
        TensorDataset(X28[train_idx], y[train_idx]), batch_size=32, shuffle=True
    )
    loss = nn.CrossEntropyLoss()
    trainer = torch.optim.SGD(net.parameters(), lr=0.1)
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
    with torch.no_grad():
        counts = [
            (net(X28[idx]).argmax(dim=1) == y[idx]).sum().item()
            for idx in (train_idx, test_idx)
        ]
    return sum(p.numel() for p in net.parameters()), *counts


# 与 exercise_2_relu.py 的第二次训练相同：种子 0，学习率 0.1，批量大小 32，10 个迭代周期
variants = {
    "3x3 windows": {"kernel_size": 3},
    "one more 3x3 conv layer": {"extra_conv": True},
}
for name, options in variants.items():
    torch.manual_seed(0)
    params, train_ok, test_ok = train_and_count(relu_lenet(**options))
    print(f"{name:24s} {params:5d} params, train {train_ok}/1437, test {test_ok}/360")
