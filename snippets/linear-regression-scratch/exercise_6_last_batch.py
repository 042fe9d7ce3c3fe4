import torch


def data_iter(batch_size, features, labels):
    indices = torch.randperm(len(features))
    for i in range(0, len(features), batch_size):
        batch_indices = indices[i : i + batch_size]
        yield features[batch_indices], labels[batch_indices]


torch.manual_seed(0)
features, labels = torch.normal(0, 1, (1000, 2)), torch.normal(0, 1, (1000, 1))
sizes = [len(y) for _, y in data_iter(64, features, labels)]
print("小批量个数：", len(sizes), "前几个：", sizes[:3], "最后一个：", sizes[-1])
print("样本总数：", sum(sizes))
