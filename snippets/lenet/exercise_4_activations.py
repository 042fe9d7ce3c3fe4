# timeout: 120
import matplotlib.pyplot as plt
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

torch.manual_seed(0)
net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
    nn.Linear(120, 84), nn.ReLU(),
    nn.Linear(84, 10),
)  # fmt: skip
train_iter = DataLoader(
    TensorDataset(X28[train_idx], y[train_idx]), batch_size=32, shuffle=True
)
loss = nn.CrossEntropyLoss()
trainer = torch.optim.Adam(net.parameters(), lr=0.003)
for _ in range(3):
    for X_batch, y_batch in train_iter:
        l = loss(net(X_batch), y_batch)
        trainer.zero_grad()
        l.backward()
        trainer.step()
with torch.no_grad():
    correct = (net(X28[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
print(f"ReLU LeNet after 3 epochs: test acc {correct}/360")

# 测试集里第一个「3」和第一个「8」：第一、第二个卷积层（ReLU 之后）的激活值
fig, axes = plt.subplots(4, 16, figsize=(12, 3.4))
for row, digit in enumerate([3, 8]):
    i = test_idx[y[test_idx] == digit][0].item()
    with torch.no_grad():
        layer1 = net[:2](X28[i : i + 1])[0]  # (6, 28, 28)
        layer2 = net[:5](X28[i : i + 1])[0]  # (16, 10, 10)
    print(
        f"digit {digit}: layer 1 {tuple(layer1.shape)}, layer 2 {tuple(layer2.shape)}"
    )
    # 整个通道都是 0 的（ReLU 把这张图像在该通道的所有位置都截成了 0）
    silent1 = [c for c in range(6) if layer1[c].max() == 0]
    silent2 = [c for c in range(16) if layer2[c].max() == 0]
    print(f"  all-zero channels: layer 1 {silent1}, layer 2 {silent2}")
    axes[2 * row, 0].imshow(X28[i, 0], cmap="gray_r")
    axes[2 * row, 0].set_title(f"input {digit}", fontsize=8)
    for c in range(6):
        axes[2 * row, c + 1].imshow(layer1[c], cmap="viridis")
        axes[2 * row, c + 1].set_title(f"conv1 ch{c}", fontsize=7)
    for c in range(16):
        axes[2 * row + 1, c].imshow(layer2[c], cmap="viridis")
        axes[2 * row + 1, c].set_title(f"conv2 ch{c}", fontsize=7)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
    if not ax.images:
        ax.axis("off")
fig.tight_layout()
fig.savefig("activations.svg")
