import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 3)
        self.register_buffer("scale", torch.full((3,), 2.0))  # 缓冲区：登记过
        self.offset = torch.ones(3)  # 普通张量属性：没有登记

    def forward(self, X):
        return self.linear(X) * self.scale + self.offset


net = Scaled()
print(net.to("meta") is net)  # 模块的 .to 是原地的，返回它自己
print(net.linear.weight.device, net.scale.device, net.offset.device)
try:
    net(torch.ones(2, 3, device="meta"))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
