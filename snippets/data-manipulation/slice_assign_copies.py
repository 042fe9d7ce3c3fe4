import torch

a = torch.arange(4)
b = torch.zeros(4, dtype=torch.int64)
b[:] = a  # copies a's values into b's own memory
b[0] = 100
print(a)
print(b)
print(a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr())
