import torch
from torch.utils.flop_counter import FlopCounterMode

c_i, c_o, h, w, k = 8, 16, 32, 32, 3
conv = torch.nn.Conv2d(c_i, c_o, kernel_size=k, padding=1, bias=False)
X = torch.rand(1, c_i, h, w, requires_grad=True)
with FlopCounterMode(display=False) as forward:
    Y = conv(X)
with FlopCounterMode(display=False) as backward:
    Y.sum().backward()
h_o, w_o = Y.shape[2:]
print("formula c_o*c_i*k*k*h_o*w_o:", c_o * c_i * k * k * h_o * w_o)
print("forward multiply-adds: ", forward.get_total_flops() // 2)
print("backward multiply-adds:", backward.get_total_flops() // 2)
# 内存：前向要存输入、卷积核和输出；反向还要同样大小的三份梯度
print("elements: input", X.numel(), "kernel", conv.weight.numel(), "output", Y.numel())
print("gradients:", X.grad.numel(), conv.weight.grad.numel())
