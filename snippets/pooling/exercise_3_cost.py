import torch
from torch import nn


def pool_output(n, p, pad, s):
    return (n - p + 2 * pad + s) // s


c, h, w = 16, 28, 28
p_h, p_w, pad_h, pad_w, s_h, s_w = 3, 3, 1, 1, 2, 2
h_o, w_o = pool_output(h, p_h, pad_h, s_h), pool_output(w, p_w, pad_w, s_w)
Y = nn.MaxPool2d((p_h, p_w), stride=(s_h, s_w), padding=(pad_h, pad_w))(
    torch.rand(1, c, h, w)
)
print("output:", tuple(Y.shape[1:]), "formula:", (c, h_o, w_o))
# 每个输出元素看 p_h * p_w 个元素：最大汇聚做 p_h*p_w - 1 次比较，平均汇聚做 p_h*p_w - 1 次加法和 1 次除法
print("elements read:", c * h_o * w_o * p_h * p_w)
