import numpy as np
import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

print("原始图像：", digits.images.shape, digits.images.dtype)
print("像素取值：", np.unique(digits.images).astype(int))
print("X：", X.shape, X.dtype, X.min().item(), X.max().item())
print("y：", y.shape, y.dtype, y[:10].tolist())
print("训练集、测试集：", len(train_idx), len(test_idx))
print("两者不重叠：", len(set(train_idx.tolist()) & set(test_idx.tolist())) == 0)
print(digits.images[0].astype(int))  # 第 0 张图像的原始像素
