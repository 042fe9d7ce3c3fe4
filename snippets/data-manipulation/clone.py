import torch

a = torch.arange(12)
b = a.clone().reshape((3, 4))
b[:] = 2
print(a)
print(a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr())
