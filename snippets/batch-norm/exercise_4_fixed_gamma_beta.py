# timeout: 120
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.nn import functional as F

# 数据：与「图像分类数据集」一章相同的划分，float64 见 AlexNet 一章
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float64).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


def lenet(batch_norm):
    """D2L 7.5 的 LeNet；batch_norm=True 时在每个卷积层和全连接层之后、
    激活函数之前加批量规范化层。8×8 的输入：两个 5×5 卷积层都加了 2 的填充。"""
    bn2d = nn.BatchNorm2d if batch_norm else lambda num_features: nn.Identity()
    bn1d = nn.BatchNorm1d if batch_norm else lambda num_features: nn.Identity()
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2),  # 8×8
        bn2d(6),
        nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),  # 4×4
        nn.Conv2d(6, 16, kernel_size=5, padding=2),  # 4×4
        bn2d(16),
        nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),  # 2×2
        nn.Flatten(),
        nn.Linear(16 * 2 * 2, 120),
        bn1d(120),
        nn.Sigmoid(),
        nn.Linear(120, 84),
        bn1d(84),
        nn.Sigmoid(),
        nn.Linear(84, 10),
    )


def init_weights(module):  # 与 D2L 的 train_ch6 相同：Xavier 初始化
    if isinstance(module, (nn.Linear, nn.Conv2d)):
        nn.init.xavier_uniform_(module.weight)


def test_accuracy(net):
    net.eval()
    with torch.no_grad():
        correct = (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
    return correct / len(test_idx)


def train(net, num_epochs=10, lr=1.0, batch_size=256):  # D2L 7.5 的设置
    torch.manual_seed(0)
    net.apply(init_weights)
    net.to(torch.float64)
    optimizer = torch.optim.SGD([p for p in net.parameters() if p.requires_grad], lr=lr)
    history = []
    for epoch in range(num_epochs):
        net.train()
        total_loss, correct = 0.0, 0
        for idx in train_idx[torch.randperm(len(train_idx))].split(batch_size):
            y_hat = net(X[idx])
            loss = F.cross_entropy(y_hat, y[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.item() * len(idx)
            correct += (y_hat.argmax(dim=1) == y[idx]).sum().item()
        n = len(train_idx)
        history.append((total_loss / n, correct / n, test_accuracy(net)))
    return history


def report(name, history):
    loss, train_acc, test_acc = history[-1]
    print(
        f"{name}: loss {loss:.3f}, train acc {train_acc:.3f}, test acc {test_acc:.3f}"
    )


torch.manual_seed(0)
net = lenet(batch_norm=True)
for module in net.modules():
    if isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d)):
        module.weight.requires_grad_(False)  # gamma 固定为 1
        module.bias.requires_grad_(False)  # beta 固定为 0
report("gamma = 1, beta = 0 fixed", train(net))
print("gamma 仍为 1：", bool((net[1].weight == 1).all()))
