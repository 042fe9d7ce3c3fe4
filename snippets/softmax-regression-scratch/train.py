import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

torch.manual_seed(0)
batch_size = 64
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size, shuffle=True
)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), batch_size)

num_inputs, num_outputs = 64, 10
W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)


def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition  # 这里用到了广播机制


def net(X):
    return softmax(X.reshape((-1, W.shape[0])) @ W + b)


def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])


def accuracy(y_hat, y):
    """预测正确的个数"""
    return int((y_hat.argmax(dim=1) == y).sum())


def evaluate_accuracy(net, data_iter):
    """在 data_iter 的全部样本上：（预测正确的个数，样本总数）"""
    correct, total = 0, 0
    with torch.no_grad():
        for X, y in data_iter:
            correct += accuracy(net(X), y)
            total += len(y)
    return correct, total


def sgd(params, lr, batch_size):
    """小批量随机梯度下降"""
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()


def train_epoch_ch3(net, train_iter, loss, updater):
    """训练一个迭代周期，返回（平均损失，正确个数，样本总数）"""
    loss_sum, correct, total = 0.0, 0, 0
    for X, y in train_iter:
        y_hat = net(X)
        l = loss(y_hat, y)  # 形状 (批量大小,)：每个样本的损失
        l.sum().backward()
        updater(len(y))
        loss_sum += float(l.sum().detach())
        correct += accuracy(y_hat, y)
        total += len(y)
    return loss_sum / total, correct, total


def train_ch3(net, train_iter, test_iter, loss, num_epochs, updater):
    history = []
    for epoch in range(num_epochs):
        train_loss, train_correct, n = train_epoch_ch3(net, train_iter, loss, updater)
        test_correct, n_test = evaluate_accuracy(net, test_iter)
        history.append((train_loss, train_correct / n, test_correct / n_test))
        print(
            f"迭代周期 {epoch + 1:2d}，损失 {train_loss:.4g}，"
            f"训练精度 {train_correct}/{n}，测试精度 {test_correct}/{n_test}"
        )
    return history


lr, num_epochs = 0.5, 10
history = train_ch3(
    net, train_iter, test_iter, cross_entropy, num_epochs, lambda n: sgd([W, b], lr, n)
)

fig, ax = plt.subplots(figsize=(4.5, 3))
epochs = range(1, num_epochs + 1)
for values, style, label in zip(
    zip(*history), ["-", "m--", "g-."], ["train loss", "train acc", "test acc"]
):
    ax.plot(epochs, values, style, label=label)
ax.set_xlabel("epoch")
ax.set_xlim(1, num_epochs)
ax.grid(True)
ax.legend()
fig.tight_layout()
fig.savefig("training_curves.svg")


def predict_ch3(net, X, y, n=8):
    """画出前 n 个测试样本，标题为真实类别和预测类别"""
    preds = net(X).argmax(dim=1)
    wrong = (preds != y).nonzero().flatten()
    print("前 8 个测试样本：真实", y[:n].tolist(), "预测", preds[:n].tolist())
    print("预测错误的测试样本：", len(wrong), "个，前 8 个的下标", wrong[:n].tolist())
    print("前 8 个错误：真实", y[wrong[:n]].tolist(), "预测", preds[wrong[:n]].tolist())
    fig, axes = plt.subplots(2, n, figsize=(n * 1.1, 2 * 1.5))
    for row, idx in enumerate([torch.arange(n), wrong[:n]]):
        for ax, i in zip(axes[row], idx):
            ax.imshow(X[i, 0].numpy(), cmap="gray_r", interpolation="nearest")
            color = "black" if preds[i] == y[i] else "red"
            ax.set_title(f"true {y[i]}\npred {preds[i]}", color=color, fontsize=9)
        for ax in axes[row]:
            ax.set_axis_off()
    fig.tight_layout()
    fig.savefig("predictions.svg")


with torch.no_grad():
    predict_ch3(net, X[test_idx], y[test_idx])
