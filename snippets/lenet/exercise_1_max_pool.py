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


def lenet(activation=nn.Sigmoid, pooling=nn.AvgPool2d):
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), activation(),
        pooling(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), activation(),
        pooling(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), activation(),
        nn.Linear(120, 84), activation(),
        nn.Linear(84, 10),
    )  # fmt: skip


def init_weights(m):
    if type(m) in (nn.Linear, nn.Conv2d):
        nn.init.xavier_uniform_(m.weight)


def train(make_net, images, trainer_fn, batch_size, num_epochs):
    """从种子 0 开始构造并训练网络，返回每个迭代周期后测试集上的正确个数。"""
    torch.manual_seed(0)
    net = make_net()
    net.apply(init_weights)
    train_iter = DataLoader(
        TensorDataset(images[train_idx], y[train_idx]),
        batch_size=batch_size,
        shuffle=True,
    )
    loss = nn.CrossEntropyLoss()
    trainer = trainer_fn(net.parameters())
    test_correct = []
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
        with torch.no_grad():
            pred = net(images[test_idx]).argmax(dim=1)
        test_correct.append((pred == y[test_idx]).sum().item())
    return test_correct


# 与正文的 train_adam.py 相同（Adam，学习率 0.003，批量大小 32，15 个迭代周期），只换汇聚层
correct = train(
    lambda: lenet(pooling=nn.MaxPool2d),
    X28,
    lambda p: torch.optim.Adam(p, lr=0.003),
    32,
    15,
)
print("sigmoid + max pooling, test acc per epoch:", correct)
