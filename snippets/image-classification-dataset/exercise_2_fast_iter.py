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


def tensor_iter(X, y, batch_size):
    """整个数据集已在内存里：每个迭代周期打乱一次下标，按小批量切片"""
    indices = torch.randperm(len(y))
    for i in range(0, len(y), batch_size):
        j = indices[i : i + batch_size]
        yield X[j], y[j]


torch.manual_seed(0)
X_train, y_train = X[train_idx], y[train_idx]
loader = DataLoader(
    CountingDataset(X_train, y_train), 64, shuffle=True, collate_fn=counting_collate
)
loader_batches = list(loader)
print("DataLoader：", len(loader_batches), "个小批量，", calls)
batches = list(tensor_iter(X_train, y_train, 64))
print(
    "切片：      ",
    len(batches),
    "个小批量，每次一次索引；最后两个的大小",
    [len(yb) for _, yb in batches[-2:]],
)
# 把下标本身当作「数据」送进迭代器，看看一个迭代周期读到了哪些样本
seen = torch.cat([ib for ib, _ in tensor_iter(torch.arange(len(y_train)), y_train, 64)])
print(
    "每个样本恰好出现一次：",
    torch.equal(seen.sort().values, torch.arange(len(y_train))),
)
