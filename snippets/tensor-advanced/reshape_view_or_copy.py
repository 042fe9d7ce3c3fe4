import torch

x = torch.arange(6).reshape(2, 3)
r = x.reshape(3, 2)
print(r.data_ptr() == x.data_ptr())

t = x.t()
print(t.is_contiguous())
r2 = t.reshape(6)
print(r2)
print(r2.data_ptr() == x.data_ptr())
