import torch
from torch.utils.flop_counter import FlopCounterMode


def multiply_adds(c_i, c_o, padding, n=16, k=3):
    conv = torch.nn.Conv2d(c_i, c_o, kernel_size=k, padding=padding)
    with FlopCounterMode(display=False) as counter:
        Y = conv(torch.rand(1, c_i, n, n))
    return counter.get_total_flops() // 2, tuple(Y.shape[2:])


base, shape = multiply_adds(4, 8, padding=1)
print("c_i=4, c_o=8, padding 1:", base, shape)
doubled, _ = multiply_adds(8, 16, padding=1)
print("c_i=8, c_o=16, padding 1:", doubled, "ratio", doubled / base)
padded, shape = multiply_adds(4, 8, padding=2)
print("c_i=4, c_o=8, padding 2:", padded, shape, f"ratio {padded / base:.4f}")
