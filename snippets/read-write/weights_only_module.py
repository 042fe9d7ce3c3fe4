import pickle

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
torch.save(net, "mlp.pt")  # 保存整个模型对象，而不是 state_dict
try:
    net2 = torch.load("mlp.pt")
except pickle.UnpicklingError as error:
    # 消息很长，只打印说明原因的那一行
    reason = [line.strip() for line in str(error).splitlines() if "Unsupported" in line]
    print(f"UnpicklingError: ... {reason[0]}")

# 只对自己保存的、可信的文件这样做
net2 = torch.load("mlp.pt", weights_only=False)
print(type(net2).__name__, net2[0])
X = torch.rand(2, 20)
print(torch.equal(net2(X), net(X)))
