import torch

X = torch.arange(6.0).reshape(2, 3)
print(X.size(), X.dim())
Y = X.view(3, 2)
print(Y)
y = X.view(-1)
print(y)

y[0] = 100
print(X)
print(X.data_ptr() == Y.data_ptr() == y.data_ptr())

s = y[1:]  # a view too, but it starts one element later
print(s.data_ptr() - y.data_ptr(), s.element_size())
print(s.untyped_storage().data_ptr() == X.untyped_storage().data_ptr())
