import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
print(x.stride(), x.is_contiguous())
print(t.stride(), t.is_contiguous())
print(t.data_ptr() == x.data_ptr())

c = t.contiguous()
print(c.stride(), c.is_contiguous())
print(c.data_ptr() == x.data_ptr())
