import matplotlib.pyplot as plt
import torch


def synthetic_data(w, b, num_examples):
    """生成 y = Xw + b + 噪声，噪声的标准差为 0.01。"""
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


torch.manual_seed(0)
true_w = torch.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 1000)
print("features:", features.shape, "labels:", labels.shape)
print("features[0]:", features[0], "labels[0]:", labels[0])
noise = labels.reshape(-1) - (features @ true_w + true_b)
print(f"噪声的样本标准差：{noise.std():.4f}")

fig, axes = plt.subplots(1, 2, figsize=(7, 2.8), sharey=True)
for j, ax in enumerate(axes):
    ax.scatter(features[:, j], labels, s=2)
    ax.set_xlabel(f"feature $x_{j + 1}$")
axes[0].set_ylabel("label $y$")
fig.tight_layout()
fig.savefig("scatter.svg")
