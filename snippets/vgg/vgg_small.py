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


def vgg_block(num_convs, in_channels, out_channels):
    """num_convs 个 3×3 卷积层（填充 1，保持高和宽），再接一个高和宽减半的最大汇聚层。"""
    layers = []
    for _ in range(num_convs):
        layers.append(nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1))
        layers.append(nn.ReLU())
        in_channels = out_channels
    layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
    return nn.Sequential(*layers)


def vgg(conv_arch, num_hiddens=4096, side=7):
    """conv_arch 的每一项是（卷积层个数，输出通道数），一项对应一个 VGG 块。"""
    blocks, in_channels = [], 1
    for num_convs, out_channels in conv_arch:
        blocks.append(vgg_block(num_convs, in_channels, out_channels))
        in_channels = out_channels
    return nn.Sequential(
        *blocks,
        nn.Flatten(),
        nn.Linear(in_channels * side * side, num_hiddens),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(num_hiddens, num_hiddens),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(num_hiddens, 10),
    )


# 缩小版：8×8 的图像只能减半 3 次，所以只用 3 个块；通道数约为 VGG-11 的 1/8，
# 隐藏单元 128 个。vgg_block 和 vgg 与书中尺寸的程序完全相同
small_conv_arch = ((1, 8), (1, 16), (2, 32))
net = vgg(small_conv_arch, num_hiddens=128, side=1)


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
history = train(net, num_epochs=8)

fig, ax = plt.subplots(figsize=(5, 3))
epochs = range(1, len(history) + 1)
for values, label in zip(zip(*history), ["train loss", "train acc", "test acc"]):
    ax.plot(epochs, values, marker="o", label=label)
ax.set_xlabel("epoch")
ax.set_ylim(0, 2.5)
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("vgg_train.svg")
