import torch
from torch.utils.flop_counter import FlopCounterMode

c_i, c_o, h, w = 64, 32, 28, 28
conv = torch.nn.Conv2d(c_i, c_o, kernel_size=1)
with FlopCounterMode(display=False) as counter:
    conv(torch.rand(1, c_i, h, w))
print("c_i * c_o * h * w =", c_i * c_o * h * w)
print("counted:          ", counter.get_total_flops() // 2)
