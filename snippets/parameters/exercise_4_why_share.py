from torch import nn


def count(net):
    return sum(p.numel() for p in net.parameters())


shared = nn.Linear(64, 64)
tied = nn.Sequential(*[shared] * 10)  # 同一层用 10 次
untied = nn.Sequential(*[nn.Linear(64, 64) for _ in range(10)])  # 10 个独立的层
print(count(tied), count(untied))
