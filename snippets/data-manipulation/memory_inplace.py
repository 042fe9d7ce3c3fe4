import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.ones((3, 4))
Z = torch.zeros_like(Y)
z_id = id(Z)
Z[:] = X + Y
print(id(Z) == z_id)

x_id, x_storage = id(X), X.data_ptr()
X += Y
print(id(X) == x_id, X.data_ptr() == x_storage)
print(X)
