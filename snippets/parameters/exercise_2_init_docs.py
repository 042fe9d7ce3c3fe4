import math

import torch
from torch import nn

torch.manual_seed(0)
print(
    [name for name in dir(nn.init) if name.endswith("_") and not name.startswith("_")]
)

fan_in, fan_out = 1000, 500
weight = torch.empty(fan_out, fan_in)  # PyTorch 的权重形状：(输出, 输入)

nn.init.xavier_uniform_(weight)
bound = math.sqrt(6 / (fan_in + fan_out))
print(f"xavier_uniform_: max |w| {weight.abs().max():.4f} <= {bound:.4f}")

nn.init.kaiming_normal_(weight, nonlinearity="relu")
print(f"kaiming_normal_: std {weight.std():.4f}, theory {math.sqrt(2 / fan_in):.4f}")

nn.init.orthogonal_(weight)  # 行向量两两正交、长度为 1
print(torch.allclose(weight @ weight.T, torch.eye(fan_out), atol=1e-5))

print(f"nn.Linear default: max |w| {nn.Linear(fan_in, fan_out).weight.abs().max():.4f}")
print(f"1 / sqrt(fan_in) = {1 / math.sqrt(fan_in):.4f}")
