import torch

a = torch.arange(12)
b = a.reshape((3, 4))
b[:] = 2
print(a)
# Same storage? Compare the start addresses of the two storages.
print(a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr())
