import torch

x = torch.zeros(2, 3)
print(x.device, x.dtype)  # new tensors live on the CPU unless told otherwise
print(torch.get_default_dtype())
y = torch.tensor([1, 2, 3])
print(y.device, y.dtype)
