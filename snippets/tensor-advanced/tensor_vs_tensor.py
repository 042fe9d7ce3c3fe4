import torch

t1 = torch.Tensor([1, 2, 3])
t2 = torch.tensor([1, 2, 3])
print(t1, t1.dtype)
print(t2, t2.dtype)
print(torch.tensor([1.0, 2, 3]).dtype, torch.tensor([True]).dtype)
