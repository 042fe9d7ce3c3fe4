import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.ones((3, 4))
Z = torch.zeros_like(Y)
z_id, z_ptr = id(Z), Z.data_ptr()  # the object, and its first element's address
Z[:] = X + Y  # X + Y is computed into a temporary, then copied into Z
print(id(Z) == z_id, Z.data_ptr() == z_ptr)

torch.add(X, Y, out=Z)  # writes the sum straight into Z, no temporary
print(id(Z) == z_id, Z.data_ptr() == z_ptr)

x_id, x_ptr = id(X), X.data_ptr()
X += Y  # runs X = X.__iadd__(Y); __iadd__ returns X itself
print(id(X) == x_id, X.data_ptr() == x_ptr)
print(X)
