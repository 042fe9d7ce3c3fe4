import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]

# 双线性插值把 8×8 放大到 28×28：书中的 LeNet 一层不改就能用
X28 = F.interpolate(X, size=(28, 28), mode="bilinear", align_corners=False)
print("train:", tuple(X28[train_idx].shape), "test:", tuple(X28[test_idx].shape))
print(f"pixel range: [{X28.min():.2f}, {X28.max():.2f}]")

fig, axes = plt.subplots(2, 6, figsize=(7, 2.6))
for k, i in enumerate(train_idx[:6].tolist()):
    axes[0, k].imshow(X[i, 0], cmap="gray_r")
    axes[0, k].set_title(f"8x8, label {y[i].item()}", fontsize=8)
    axes[1, k].imshow(X28[i, 0], cmap="gray_r")
    axes[1, k].set_title("28x28", fontsize=8)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
fig.savefig("upsampled.svg")
