import torch

torch.manual_seed(0)
X = torch.arange(4, dtype=torch.float32)
p = 1.0
mask = (torch.rand(X.shape) > p).float()  # p = 1：掩码全为 0
print("mask:", mask)
print("X / (1 - p):", X / (1.0 - p))
print("mask * X / (1 - p):", mask * X / (1.0 - p))
