import torch


def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = torch.randperm(num_examples)  # 随机顺序，每个样本恰好出现一次
    for i in range(0, num_examples, batch_size):
        batch_indices = indices[i : i + batch_size]
        yield features[batch_indices], labels[batch_indices]


torch.manual_seed(0)
features = torch.arange(20.0).reshape(10, 2)  # 10 个样本：第 i 个是 [2i, 2i+1]
labels = torch.arange(10.0).reshape(10, 1)  # 标签就是样本的编号，便于看顺序
for X, y in data_iter(3, features, labels):
    print(X.shape, y.reshape(-1))
seen = torch.cat([y for _, y in data_iter(3, features, labels)]).reshape(-1)
print(
    "一个迭代周期里每个样本恰好出现一次：",
    torch.equal(seen.sort().values, labels.reshape(-1)),
)
