import torch

a = torch.arange(12)
b = a.reshape((3, 4))
b[:] = 2
print(a)
print(a.data_ptr() == b.data_ptr())
