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
    TensorDataset(X[train_idx], y[train_idx]), batch_size=batch_size, shuffle=True
)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), batch_size=batch_size)

X_batch, y_batch = next(iter(train_iter))
print("X：", X_batch.shape, X_batch.dtype)
print("y：", y_batch.shape, y_batch.dtype)
print("小批量个数：", len(train_iter), len(test_iter))
print("训练集每个小批量的大小：", [len(yb) for _, yb in train_iter])
print("测试集每个小批量的大小：", [len(yb) for _, yb in test_iter])
print("展平成向量：", X_batch.reshape(len(X_batch), -1).shape)
