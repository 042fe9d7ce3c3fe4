import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test


def get_digits_labels(labels):
    """把数字标签（张量）转成文字标签；手写数字的类别名就是数字本身"""
    text_labels = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    return [text_labels[int(i)] for i in labels]


def show_images(imgs, num_rows, num_cols, titles=None, scale=1.0):
    """把若干张图像画成 num_rows 行、num_cols 列的网格"""
    fig, axes = plt.subplots(
        num_rows, num_cols, figsize=(num_cols * scale, num_rows * scale)
    )
    for i, ax in enumerate(axes.flatten()):
        ax.imshow(imgs[i].numpy(), cmap="gray_r", interpolation="nearest")
        ax.set_axis_off()
        if titles:
            ax.set_title(titles[i])
    return fig


X_train, y_train = X[train_idx], y[train_idx]
print(X_train[:18].shape, y_train[:18].tolist())
fig = show_images(
    X_train[:18].reshape(18, 8, 8), 2, 9, titles=get_digits_labels(y_train[:18])
)
fig.savefig("digits_samples.svg")
