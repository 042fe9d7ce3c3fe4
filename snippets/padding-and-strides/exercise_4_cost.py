import torch
from torch.utils.flop_counter import FlopCounterMode

X = torch.rand(1, 16, 64, 64)
for stride in [1, 2, 4]:
    conv2d = torch.nn.Conv2d(16, 16, kernel_size=3, padding=1, stride=stride)
    with FlopCounterMode(display=False) as counter:
        Y = conv2d(X)
    # FlopCounterMode 把一次乘加算作 2 次浮点运算
    print(
        f"stride {stride}: output {tuple(Y.shape[2:])}, "
        f"multiply-adds {counter.get_total_flops() // 2:,}"
    )
