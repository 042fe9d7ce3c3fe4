import pickle

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print(net.state_dict())
torch.save(net.state_dict(), "lazy.pt")  # 保存时不报错
try:
    torch.load("lazy.pt")
except pickle.UnpicklingError as error:
    # 消息很长，只打印说明原因的那一行
    reason = [line.strip() for line in str(error).splitlines() if "Unsupported" in line]
    print(f"UnpicklingError: ... {reason[0]}")

net(torch.zeros(1, 20))  # 先做一次前向传播，再保存
torch.save(net.state_dict(), "lazy.pt")
print({name: tuple(t.shape) for name, t in torch.load("lazy.pt").items()})
