import torch
from torch import nn


class MySequential(nn.Module):
    def __init__(self, *blocks):
        super().__init__()
        for index, block in enumerate(blocks):
            # 以 "0"、"1"、"2" 为名登记为子块，与 nn.Sequential 的命名相同
            self.add_module(str(index), block)

    def forward(self, X):
        # _modules 是一个有序字典，按添加的顺序遍历
        for block in self._modules.values():
            X = block(X)
        return X


torch.manual_seed(0)
mine = MySequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
builtin = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
print(list(mine._modules.keys()))
print(list(mine.state_dict().keys()) == list(builtin.state_dict().keys()))

builtin.load_state_dict(mine.state_dict())  # 让两者的参数完全相同
X = torch.rand(2, 20)
print(torch.equal(mine(X), builtin(X)))
