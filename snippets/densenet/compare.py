# timeout: 120
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.nn import functional as F
from torch.utils.flop_counter import FlopCounterMode

# 数据：与「图像分类数据集」一章相同的划分，float64 见正文
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float64).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


# ---- 各章的块，与各章的程序相同 ----
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


def nin_block(in_channels, out_channels, kernel_size, strides, padding):
    """一个普通卷积层，后接两个 1×1 卷积层（逐像素的全连接层），每层后接 ReLU。"""
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, kernel_size, strides, padding),
        nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1),
        nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1),
        nn.ReLU(),
    )


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


def googlenet():
    b1 = nn.Sequential(
        nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b2 = nn.Sequential(
        nn.Conv2d(64, 64, kernel_size=1),
        nn.ReLU(),
        nn.Conv2d(64, 192, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b3 = nn.Sequential(
        Inception(192, 64, (96, 128), (16, 32), 32),
        Inception(256, 128, (128, 192), (32, 96), 64),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b4 = nn.Sequential(
        Inception(480, 192, (96, 208), (16, 48), 64),
        Inception(512, 160, (112, 224), (24, 64), 64),
        Inception(512, 128, (128, 256), (24, 64), 64),
        Inception(512, 112, (144, 288), (32, 64), 64),
        Inception(528, 256, (160, 320), (32, 128), 128),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    b5 = nn.Sequential(
        Inception(832, 256, (160, 320), (32, 128), 128),
        Inception(832, 384, (192, 384), (48, 128), 128),
        nn.AdaptiveAvgPool2d((1, 1)),  # 全局平均汇聚层
        nn.Flatten(),
    )
    return nn.Sequential(b1, b2, b3, b4, b5, nn.Linear(1024, 10))


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


def densenet():
    # 与 ResNet 相同的第一个模块
    b1 = nn.Sequential(
        nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    )
    # 4 个稠密块，每个 4 个卷积块，增长率 32；稠密块之间的过渡层把通道数减半
    num_channels, growth_rate = 64, 32
    num_convs_in_dense_blocks = [4, 4, 4, 4]
    blks = []
    for i, num_convs in enumerate(num_convs_in_dense_blocks):
        blks.append(DenseBlock(num_convs, num_channels, growth_rate))
        num_channels += num_convs * growth_rate  # 这个稠密块的输出通道数
        if i != len(num_convs_in_dense_blocks) - 1:
            blks.append(transition_block(num_channels, num_channels // 2))
            num_channels = num_channels // 2
    return nn.Sequential(
        b1,
        *blks,
        nn.BatchNorm2d(num_channels),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d((1, 1)),  # 全局平均汇聚层
        nn.Flatten(),
        nn.Linear(num_channels, 10),
    )


# ---- 书中尺寸的网络（AlexNet 与 NiN 见各章） ----
def alexnet():
    return nn.Sequential(
        nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(96, 256, kernel_size=5, padding=2),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(256, 384, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.Conv2d(384, 384, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.Conv2d(384, 256, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Flatten(),
        nn.Linear(6400, 4096),
        nn.ReLU(),
        nn.Dropout(p=0.5),
        nn.Linear(4096, 4096),
        nn.ReLU(),
        nn.Dropout(p=0.5),
        nn.Linear(4096, 10),
    )


def nin():
    return nn.Sequential(
        nin_block(1, 96, kernel_size=11, strides=4, padding=0),
        nn.MaxPool2d(3, stride=2),
        nin_block(96, 256, kernel_size=5, strides=1, padding=2),
        nn.MaxPool2d(3, stride=2),
        nin_block(256, 384, kernel_size=3, strides=1, padding=1),
        nn.MaxPool2d(3, stride=2),
        nn.Dropout(0.5),
        nin_block(384, 10, kernel_size=3, strides=1, padding=1),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
    )


def resnet18():
    return nn.Sequential(
        nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        resnet_block(64, 64, 2, first_block=True),
        resnet_block(64, 128, 2),
        resnet_block(128, 256, 2),
        resnet_block(256, 512, 2),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(512, 10),
    )


# ---- 各章的缩小版 ----
def alexnet_small():
    return nn.Sequential(
        nn.Conv2d(1, 8, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        nn.Conv2d(8, 16, kernel_size=5, padding=2),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        nn.Conv2d(16, 24, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.Conv2d(24, 24, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.Conv2d(24, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        nn.Flatten(),
        nn.Linear(16, 128),
        nn.ReLU(),
        nn.Dropout(p=0.5),
        nn.Linear(128, 128),
        nn.ReLU(),
        nn.Dropout(p=0.5),
        nn.Linear(128, 10),
    )


def nin_small():
    return nn.Sequential(
        nin_block(1, 16, kernel_size=3, strides=1, padding=1),
        nn.MaxPool2d(3, stride=2, padding=1),
        nin_block(16, 32, kernel_size=3, strides=1, padding=1),
        nn.MaxPool2d(3, stride=2, padding=1),
        nin_block(32, 48, kernel_size=3, strides=1, padding=1),
        nn.MaxPool2d(3, stride=2, padding=1),
        nn.Dropout(0.5),
        nin_block(48, 10, kernel_size=3, strides=1, padding=1),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
    )


def googlenet_small():
    return nn.Sequential(
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


def resnet_small():
    return nn.Sequential(
        nn.Conv2d(1, 8, kernel_size=3, padding=1),
        nn.BatchNorm2d(8),
        nn.ReLU(),
        resnet_block(8, 8, 2, first_block=True),
        resnet_block(8, 16, 2),
        resnet_block(16, 32, 2),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(32, 10),
    )


def densenet_small():
    num_channels, growth_rate = 16, 8
    blks = []
    for i, num_convs in enumerate([2, 2, 2]):
        blks.append(DenseBlock(num_convs, num_channels, growth_rate))
        num_channels += num_convs * growth_rate
        if i != 2:
            blks.append(transition_block(num_channels, num_channels // 2))
            num_channels = num_channels // 2
    return nn.Sequential(
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
    return history


# （名称，书中尺寸的网络，缩小版，各章缩小版所用的 Adam 学习率）
architectures = [
    ("AlexNet", alexnet, alexnet_small, 0.002),
    ("VGG-11", lambda: vgg(((1, 64), (1, 128), (2, 256), (2, 512), (2, 512))),
     lambda: vgg(((1, 8), (1, 16), (2, 32)), num_hiddens=128, side=1), 0.002),
    ("NiN", nin, nin_small, 0.003),
    ("GoogLeNet", googlenet, googlenet_small, 0.002),
    ("ResNet-18", resnet18, resnet_small, 0.002),
    ("DenseNet", densenet, densenet_small, 0.002),
]  # fmt: skip

print(
    "| 架构 | 参数（书中尺寸） | GFLOP（224×224） | 缩小版的参数 | 缩小版 2 个迭代周期后的测试精度 |"
)
print("| --- | ---: | ---: | ---: | ---: |")
for name, book, small, lr in architectures:
    with torch.device("meta"):  # 只推算形状，不分配内存
        net = book()
    with FlopCounterMode(display=False) as counter:
        net(torch.zeros(1, 1, 224, 224, device="meta"))
    params = sum(p.numel() for p in net.parameters())
    torch.manual_seed(0)
    net = small()
    small_params = sum(p.numel() for p in net.parameters())
    test_acc = train(net, num_epochs=2, lr=lr)[-1][2]
    print(
        f"| {name} | {params:,} | {counter.get_total_flops() / 1e9:.2f} "
        f"| {small_params:,} | {test_acc:.3f} |"
    )
