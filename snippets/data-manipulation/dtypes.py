import torch

print(torch.tensor([1, 2, 3]).dtype)
print(torch.tensor([1.0, 2, 3]).dtype)
print(torch.arange(4, dtype=torch.float32))
print(torch.tensor([True, False]).dtype)
