import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

torch.manual_seed(0)
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size=32, shuffle=True
)
X_batch, y_batch = next(iter(train_iter))
X_big = F.interpolate(X_batch, size=(16, 16), mode="nearest")  # 每个像素变成 2×2 的块
print(X_batch.shape, "->", X_big.shape, X_big.dtype)
print(
    torch.equal(X_big[:, :, ::2, ::2], X_batch),
    torch.equal(X_big[:, :, 1::2, 1::2], X_batch),
)
