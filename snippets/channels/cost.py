import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


def conv_cost(c_i, c_o, k, h_out, w_out):
    params = c_o * c_i * k * k + c_o  # 卷积核加上每个输出通道一个偏置
    multiply_adds = c_o * c_i * k * k * h_out * w_out  # 每个输出元素 c_i·k·k 次乘加
    return params, multiply_adds


for c_i, c_o, k in [(1, 6, 5), (6, 16, 5), (64, 64, 3), (64, 64, 1)]:
    conv = nn.Conv2d(c_i, c_o, kernel_size=k, padding=k // 2)
    X = torch.rand(1, c_i, 28, 28)
    with FlopCounterMode(display=False) as counter:
        Y = conv(X)
    params, multiply_adds = conv_cost(c_i, c_o, k, Y.shape[2], Y.shape[3])
    measured_params = sum(p.numel() for p in conv.parameters())
    print(
        f"c_i={c_i:2d} c_o={c_o:2d} k={k}: params {params:,} (nn.Conv2d: {measured_params:,}), "
        f"multiply-adds {multiply_adds:,} (counted: {counter.get_total_flops() // 2:,})"
    )
