import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset, default_collate

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

calls = {"__getitem__": 0, "collate": 0}


class CountingDataset(TensorDataset):
    """和 TensorDataset 一样，只是数一数 __getitem__ 被调用了几次"""

    def __getitem__(self, index):
        calls["__getitem__"] += 1
        return super().__getitem__(index)


def counting_collate(samples):
    """DataLoader 默认的拼接函数，外加计数"""
    calls["collate"] += 1
    return default_collate(samples)


torch.manual_seed(0)
dataset = CountingDataset(X[train_idx], y[train_idx])
for batch_size in [1, 64]:
    loader = DataLoader(dataset, batch_size, shuffle=True, collate_fn=counting_collate)
    calls.update({"__getitem__": 0, "collate": 0})
    num_batches = sum(1 for _ in loader)  # 读完一遍训练集
    print(f"batch_size={batch_size:2d}：小批量 {num_batches:4d} 个，{calls}")
