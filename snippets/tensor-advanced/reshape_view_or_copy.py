import torch

x = torch.arange(6).reshape(2, 3)
r = x.reshape(3, 2)
print(r.data_ptr() == x.data_ptr())
r[0, 0] = 100
print(x)

t = x.t()
print(t.is_contiguous(), t.reshape(1, 3, 2).data_ptr() == x.data_ptr())
flat = t.reshape(6)
print(flat, flat.data_ptr() == x.data_ptr())
flat[0] = -1
print(x)
