import torch
from torch import nn


def try_gpu(i=0):
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


torch.manual_seed(0)
net = nn.Linear(3, 1).to(try_gpu())
torch.save(net.state_dict(), "net.params")

# 默认加载回保存时所在的设备
print({name: str(t.device) for name, t in torch.load("net.params").items()})

# map_location：加载到指定的设备，例如在没有 GPU 的机器上加载到 CPU
state = torch.load("net.params", map_location="cpu")
print({name: str(t.device) for name, t in state.items()})

clone = nn.Linear(3, 1)  # 在 CPU 上
clone.load_state_dict(state)  # 把值复制进 clone 自己的参数，设备不变
print(clone.weight.device, torch.equal(clone.weight, net.weight.cpu()))
