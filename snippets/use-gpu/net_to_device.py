import torch
from torch import nn


def try_gpu(i=0):
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 1))
net = net.to(device=try_gpu())  # 把所有参数移到指定的设备上

X = torch.ones(2, 3, device=try_gpu())
print(net(X))
print(net[0].weight.data.device)
