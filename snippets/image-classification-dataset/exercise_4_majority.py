import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

train_counts = torch.bincount(y[train_idx], minlength=10)
majority = train_counts.argmax().item()  # 训练集里最常见的类别
print("训练集最常见的类别：", majority, "，样本数", train_counts[majority].item())
correct = (y[test_idx] == majority).sum().item()
print(f"总是预测 {majority}：测试精度 {correct}/{len(test_idx)}")
print(f"随机猜（期望）：测试精度 {len(test_idx) / 10:.0f}/{len(test_idx)}")
