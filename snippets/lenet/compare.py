# timeout: 120
from functools import partial

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

# 与「从全连接层到卷积」相同的平移数据：每个数字放在 16×16 画布的随机位置
offsets = torch.randint(0, 9, (len(y), 2), generator=torch.Generator().manual_seed(1))
X_shifted = torch.zeros(len(y), 1, 16, 16)
for k, (r, c) in enumerate(offsets.tolist()):
    X_shifted[k, 0, r : r + 8, c : c + 8] = X[k, 0]


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10),
    )  # fmt: skip


def train(make_net, inputs, trainer_fn, batch_size, num_epochs, init):
    """从种子 0 开始构造并训练网络，返回测试集上的正确个数。"""
    torch.manual_seed(0)
    net = make_net()
    torch.manual_seed(0)  # 初始化从种子 0 开始，与前两章的 train 函数相同
    net.apply(init)
    train_iter = DataLoader(
        TensorDataset(inputs[train_idx], y[train_idx]),
        batch_size=batch_size,
        shuffle=True,
    )
    loss = nn.CrossEntropyLoss()
    trainer = trainer_fn(net.parameters())
    for _ in range(num_epochs):
        for X_batch, y_batch in train_iter:
            l = loss(net(X_batch), y_batch)
            trainer.zero_grad()
            l.backward()
            trainer.step()
    with torch.no_grad():
        return (net(inputs[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()


def softmax_regression(n):
    return nn.Sequential(nn.Flatten(), nn.Linear(n, 10))


def mlp(n):
    return nn.Sequential(nn.Flatten(), nn.Linear(n, 64), nn.ReLU(), nn.Linear(64, 10))


def normal_init(m):  # 与「多层感知机的简洁实现」相同
    if type(m) is nn.Linear:
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)


def xavier_init(m):  # 与本章的 LeNet 相同
    if type(m) in (nn.Linear, nn.Conv2d):
        nn.init.xavier_uniform_(m.weight)


def sgd(params):
    return torch.optim.SGD(params, lr=0.5)


def adam(params):
    return torch.optim.Adam(params, lr=0.003)


for name, images in [("8x8 digits", X), ("shifted 16x16", X_shifted)]:
    n = images.shape[-1] ** 2
    print(f"{name}:")
    correct = train(partial(softmax_regression, n), images, sgd, 64, 10, normal_init)
    print(f"  softmax regression  test acc {correct}/360")
    correct = train(partial(mlp, n), images, sgd, 64, 10, normal_init)
    print(f"  MLP                 test acc {correct}/360")
    if name == "shifted 16x16":  # 8×8 上的 LeNet 见上文 train_adam.py
        images28 = F.interpolate(images, size=(28, 28), mode="bilinear")
        correct = train(lenet, images28, adam, 32, 15, xavier_init)
        print(f"  LeNet (Adam)        test acc {correct}/360")
