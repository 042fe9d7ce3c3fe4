import torch

A = torch.arange(20).reshape(5, 4)
try:
    A.mean()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(A.float().mean(), A.sum() / A.numel())
