import torch
from torch import nn

layer = nn.Linear(3, 4)
X = torch.ones(5, 3)
try:
    X @ layer.weight  # 把 weight 当成 (输入, 输出) 的矩阵
except RuntimeError as error:
    print(f"RuntimeError: {error}")
