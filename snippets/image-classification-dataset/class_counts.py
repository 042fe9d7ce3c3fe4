import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

for name, labels in [("全部", y), ("训练", y[train_idx]), ("测试", y[test_idx])]:
    counts = torch.bincount(labels, minlength=10)
    print(f"{name}：{counts.tolist()}，合计 {counts.sum().item()}")
