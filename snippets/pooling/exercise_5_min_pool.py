import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(1, 1, 4, 4)
min_pooled = -nn.MaxPool2d(2)(-X)  # min(x) = -max(-x)
by_hand = X.reshape(2, 2, 2, 2).permute(0, 2, 1, 3).reshape(2, 2, 4).min(dim=2).values
print(torch.equal(min_pooled[0, 0], by_hand))
# 在 ReLU 之后，最小汇聚大多得到 0：
relu_out = torch.relu(torch.randn(1, 8, 16, 16))
share = (-nn.MaxPool2d(2)(-relu_out) == 0).float().mean().item()
print(f"share of zeros after min pooling: {share:.0%}")
