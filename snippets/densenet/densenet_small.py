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


def conv_block(input_channels, num_channels):
    """ResNet 改进版的「批量规范化、激活、卷积」结构。"""
    return nn.Sequential(
        nn.BatchNorm2d(input_channels),
        nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=3, padding=1),
    )


class DenseBlock(nn.Module):
    """num_convs 个卷积块，每个卷积块的输入是前面所有输出在通道维上的连结。"""

    def __init__(self, num_convs, input_channels, num_channels):
        super().__init__()
        layer = []
        for i in range(num_convs):
            layer.append(conv_block(num_channels * i + input_channels, num_channels))
        self.net = nn.Sequential(*layer)

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = torch.cat((X, Y), dim=1)  # 在通道维上连结输入和输出
        return X


def transition_block(input_channels, num_channels):
    """1×1 卷积减少通道数，步幅为 2 的平均汇聚层把高和宽减半。"""
    return nn.Sequential(
        nn.BatchNorm2d(input_channels),
        nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=1),
        nn.AvgPool2d(kernel_size=2, stride=2),
    )


# 缩小版 DenseNet：第一个模块改为 16 通道的 3×3 卷积层（不做汇聚），
# 接三个（而不是四个）稠密块，每个 2 个卷积块，增长率 8；稠密块之间的过渡层把通道数减半
# （8×8 -> 4×4 -> 2×2）
num_channels, growth_rate = 16, 8
num_convs_in_dense_blocks = [2, 2, 2]
blks = []
for i, num_convs in enumerate(num_convs_in_dense_blocks):
    blks.append(DenseBlock(num_convs, num_channels, growth_rate))
    num_channels += num_convs * growth_rate
    if i != len(num_convs_in_dense_blocks) - 1:
        blks.append(transition_block(num_channels, num_channels // 2))
        num_channels = num_channels // 2
net = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    *blks,
    nn.BatchNorm2d(num_channels),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(),
    nn.Linear(num_channels, 10),
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
history = train(net, num_epochs=3)

fig, ax = plt.subplots(figsize=(5, 3))
epochs = range(1, len(history) + 1)
for values, label in zip(zip(*history), ["train loss", "train acc", "test acc"]):
    ax.plot(epochs, values, marker="o", label=label)
ax.set_xlabel("epoch")
ax.set_ylim(0, 2.5)
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("densenet_train.svg")
