import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)

# 每个 8×8 的数字放进 16×16 的空白画布：左上角的行、列各取 0..8 之一（独立生成器，种子 1）
offsets = torch.randint(0, 9, (len(y), 2), generator=torch.Generator().manual_seed(1))
X_shifted = torch.zeros(len(y), 1, 16, 16)
X_centered = torch.zeros(len(y), 1, 16, 16)
for k, (r, c) in enumerate(offsets.tolist()):
    X_shifted[k, 0, r : r + 8, c : c + 8] = X[k, 0]
    X_centered[k, 0, 4:12, 4:12] = X[k, 0]
print(X_shifted.shape, "offsets of the first 5:", offsets[:5].tolist())
print("row offsets 0..8, counts:", torch.bincount(offsets[:, 0]).tolist())

fig, axes = plt.subplots(2, 8, figsize=(8, 2.4))
for k in range(8):
    axes[0, k].imshow(X_centered[k, 0], cmap="gray_r")
    axes[0, k].set_title(f"centered {y[k].item()}", fontsize=8)
    axes[1, k].imshow(X_shifted[k, 0], cmap="gray_r")
    axes[1, k].set_title(f"shifted {y[k].item()}", fontsize=8)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
fig.savefig("shifted_digits.svg")
