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
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), batch_size=64)
for epoch in range(2):  # 每次 iter(...) 开始一个新的迭代周期
    _, y_train = next(iter(train_iter))
    _, y_test = next(iter(test_iter))
    print(
        f"迭代周期 {epoch + 1}：训练 {y_train[:8].tolist()}  测试 {y_test[:8].tolist()}"
    )

torch.manual_seed(0)  # 重新设置种子，再建一个加载器
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
)
_, y_train = next(iter(train_iter))
print(f"重设种子后：   训练 {y_train[:8].tolist()}")

torch.manual_seed(0)  # 同样的种子，但先遍历一次测试加载器
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size=64, shuffle=True
)
for _ in test_iter:
    pass
_, y_train = next(iter(train_iter))
print(f"先读测试集：   训练 {y_train[:8].tolist()}")
