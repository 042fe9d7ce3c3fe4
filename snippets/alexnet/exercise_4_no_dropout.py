# timeout: 120
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

# 正文的缩小版 AlexNet，只是去掉了两个暂退层
net = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),  # 8×8 -> 4×4
    nn.Conv2d(8, 16, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),  # 4×4 -> 2×2
    nn.Conv2d(16, 24, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(24, 24, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(24, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),  # 2×2 -> 1×1
    nn.Flatten(),
    nn.Linear(16, 128),
    nn.ReLU(),
    nn.Linear(128, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
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


history = train(net, num_epochs=8)
