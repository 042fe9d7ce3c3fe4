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


def init_weights(m):
    if type(m) in (nn.Linear, nn.Conv2d):
        nn.init.xavier_uniform_(m.weight)


# 与书中相同的网络和初始化；只换了优化器（Adam，学习率 0.003）和批量大小（32）
torch.manual_seed(0)
net = lenet()
net.apply(init_weights)
train_iter = DataLoader(
    TensorDataset(X28[train_idx], y[train_idx]), batch_size=32, shuffle=True
)
loss = nn.CrossEntropyLoss()
trainer = torch.optim.Adam(net.parameters(), lr=0.003)
history = []
for epoch in range(15):
    total_loss, train_correct = 0.0, 0
    for X_batch, y_batch in train_iter:
        y_hat = net(X_batch)
        l = loss(y_hat, y_batch)
        trainer.zero_grad()
        l.backward()
        trainer.step()
        total_loss += l.item() * len(y_batch)
        train_correct += (y_hat.argmax(dim=1) == y_batch).sum().item()
    with torch.no_grad():
        test_pred = net(X28[test_idx]).argmax(dim=1)
    test_correct = (test_pred == y[test_idx]).sum().item()
    history.append((round(total_loss / 1437, 4), train_correct, test_correct))
    print(
        f"epoch {epoch + 1:2d}, loss {history[-1][0]:.4f}, "
        f"train acc {train_correct}/1437, test acc {test_correct}/360"
    )

fig, ax = plt.subplots(figsize=(5, 3))
epochs = range(1, len(history) + 1)
ax.plot(epochs, [h[0] for h in history], marker="o", label="train loss")
ax.plot(epochs, [h[1] / 1437 for h in history], marker="s", label="train acc")
ax.plot(epochs, [h[2] / 360 for h in history], marker="^", label="test acc")
ax.set_xlabel("epoch")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("train_adam.svg")

# 测试集上分错的图像：标题是「预测 / 真实」
wrong = test_idx[test_pred != y[test_idx]]
wrong_pred = test_pred[test_pred != y[test_idx]]
print("misclassified:", len(wrong))
fig, axes = plt.subplots(1, len(wrong), figsize=(1.2 * len(wrong), 1.6))
for ax, i, pred in zip(axes, wrong.tolist(), wrong_pred.tolist()):
    ax.imshow(X[i, 0], cmap="gray_r")
    ax.set_title(f"{pred} / {y[i].item()}", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
fig.savefig("misclassified.svg")
