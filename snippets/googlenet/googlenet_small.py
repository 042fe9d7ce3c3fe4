# timeout: 120
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.nn import functional as F

# 数据：与「图像分类数据集」一章相同的划分，float64 见正文
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float64).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


class Inception(nn.Module):
    """四条并行路径，输出在通道维上连结；c1 到 c4 是每条路径的输出通道数。"""

    def __init__(self, in_channels, c1, c2, c3, c4):
        super().__init__()
        self.p1_1 = nn.Conv2d(in_channels, c1, kernel_size=1)
        self.p2_1 = nn.Conv2d(in_channels, c2[0], kernel_size=1)
        self.p2_2 = nn.Conv2d(c2[0], c2[1], kernel_size=3, padding=1)
        self.p3_1 = nn.Conv2d(in_channels, c3[0], kernel_size=1)
        self.p3_2 = nn.Conv2d(c3[0], c3[1], kernel_size=5, padding=2)
        self.p4_1 = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.p4_2 = nn.Conv2d(in_channels, c4, kernel_size=1)

    def forward(self, x):
        p1 = F.relu(self.p1_1(x))
        p2 = F.relu(self.p2_2(F.relu(self.p2_1(x))))
        p3 = F.relu(self.p3_2(F.relu(self.p3_1(x))))
        p4 = F.relu(self.p4_2(self.p4_1(x)))
        return torch.cat((p1, p2, p3, p4), dim=1)


# 缩小版 GoogLeNet：一个 3×3 卷积层和最大汇聚层（8×8 -> 4×4），GoogLeNet 的前三个
# Inception 块（通道数都除以 8，中间有一个最大汇聚层：4×4 -> 2×2），
# 全局平均汇聚层和全连接输出层
net = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    Inception(16, 8, (12, 16), (2, 4), 4),
    Inception(32, 16, (16, 24), (4, 12), 8),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    Inception(60, 24, (12, 26), (2, 6), 8),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(),
    nn.Linear(64, 10),
)


def init_weights(module):
    if isinstance(module, (nn.Linear, nn.Conv2d)):
        nn.init.kaiming_uniform_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


def test_accuracy(net):
    net.eval()
    with torch.no_grad():
        correct = (net(X[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
    return correct / len(test_idx)


def train(net, num_epochs, lr=0.002, batch_size=64):
    torch.manual_seed(0)
    net.apply(init_weights)
    net.to(torch.float64)
    optimizer = torch.optim.Adam(net.parameters(), lr=lr)
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
        loss, train_acc, test_acc = history[-1]
        print(
            f"epoch {epoch + 1}: loss {loss:.3f}, "
            f"train acc {train_acc:.3f}, test acc {test_acc:.3f}"
        )
    return history


print(f"参数个数：{sum(p.numel() for p in net.parameters()):,}")
history = train(net, num_epochs=6)

fig, ax = plt.subplots(figsize=(5, 3))
epochs = range(1, len(history) + 1)
for values, label in zip(zip(*history), ["train loss", "train acc", "test acc"]):
    ax.plot(epochs, values, marker="o", label=label)
ax.set_xlabel("epoch")
ax.set_ylim(0, 2.5)
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("googlenet_train.svg")
