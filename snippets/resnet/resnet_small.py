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


class Residual(nn.Module):
    def __init__(self, input_channels, num_channels, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.Conv2d(
            input_channels, num_channels, kernel_size=3, padding=1, stride=strides
        )
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2d(
                input_channels, num_channels, kernel_size=1, stride=strides
            )
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.bn2 = nn.BatchNorm2d(num_channels)

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.relu(Y + X)


def resnet_block(input_channels, num_channels, num_residuals, first_block=False):
    """一个模块：num_residuals 个残差块；除第一个模块外，第一个残差块通道加倍、高宽减半。"""
    blk = []
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.append(
                Residual(input_channels, num_channels, use_1x1conv=True, strides=2)
            )
        else:
            blk.append(Residual(num_channels, num_channels))
    return nn.Sequential(*blk)


# 缩小版 ResNet：第一个模块改为 8 通道的 3×3 卷积层（不做汇聚，8×8 的图像太小），
# 接三个（而不是四个）由残差块组成的模块，每个模块 2 个残差块，通道数 8、16、32
net = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    resnet_block(8, 8, 2, first_block=True),  # 8×8
    resnet_block(8, 16, 2),  # 4×4
    resnet_block(16, 32, 2),  # 2×2
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(),
    nn.Linear(32, 10),
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
fig.savefig("resnet_train.svg")
