import torch

x = torch.arange(6)
y = x[1:]  # a view that starts at x's second element
print(x.data_ptr() == y.data_ptr())  # first elements differ
print(x.untyped_storage().data_ptr() == y.untyped_storage().data_ptr())
y[0] = 100
print(x)
print(y.data_ptr() - x.data_ptr(), x.element_size())  # 1 element of 8 bytes
