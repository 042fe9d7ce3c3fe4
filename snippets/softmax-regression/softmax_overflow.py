import math

import torch


def softmax_naive(o):
    o_exp = torch.exp(o)
    return o_exp / o_exp.sum()


def softmax_stable(o):
    o_exp = torch.exp(o - o.max())  # 先减去最大值
    return o_exp / o_exp.sum()


largest = torch.finfo(torch.float32).max
print(f"float32 的最大值：{largest}，它的自然对数：{math.log(largest):.2f}")
print("exp(88), exp(89)：", torch.exp(torch.tensor([88.0, 89.0])))

o = torch.tensor([1.0, 2.0, 3.0])
print(softmax_naive(o), softmax_naive(o + 100))
print(softmax_stable(o), softmax_stable(o + 100))
print(torch.softmax(o + 100, dim=0))
