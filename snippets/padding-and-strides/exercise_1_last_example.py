import torch
from torch import nn

n_h, n_w = 8, 8
k_h, k_w = 3, 5
p_h, p_w = 0, 1  # 每一边的填充
s_h, s_w = 3, 4
out_h = (n_h - k_h + 2 * p_h + s_h) // s_h
out_w = (n_w - k_w + 2 * p_w + s_w) // s_w
print("formula:", (out_h, out_w))

conv2d = nn.Conv2d(1, 1, kernel_size=(3, 5), padding=(0, 1), stride=(3, 4))
print("nn.Conv2d:", tuple(conv2d(torch.rand(1, 1, 8, 8)).shape[2:]))
