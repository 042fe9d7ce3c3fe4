import pickle

import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.output = nn.Linear(256, 10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))


torch.manual_seed(0)
torch.save(MLP(), "mlp.pt")  # 保存整个模型对象，而不是 state_dict
try:
    net = torch.load("mlp.pt")
except pickle.UnpicklingError as error:
    # 消息很长，只打印说明原因的那一行
    reason = [line.strip() for line in str(error).splitlines() if "Unsupported" in line]
    print(f"UnpicklingError: ... {reason[0]}")

# 只对自己保存的、可信的文件这样做；而且加载时 MLP 这个类必须已经定义
net = torch.load("mlp.pt", weights_only=False)
print(type(net).__name__, net.hidden)
