import torch
from torch.utils.data import DataLoader, TensorDataset

test_iter = DataLoader(TensorDataset(torch.arange(6)), batch_size=4)  # 不打乱

torch.manual_seed(0)
print(torch.rand(2))
torch.manual_seed(0)
for (batch,) in test_iter:  # 只是把测试集遍历一遍
    pass
print(torch.rand(2))  # 全局随机数生成器已经前进了一步
