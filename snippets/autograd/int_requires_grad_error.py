import torch

x = torch.arange(4)  # 4, not 4.0: the elements are int64
print(x.dtype)
try:
    x.requires_grad_(True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
