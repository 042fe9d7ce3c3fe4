import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.ones((3, 4))
Z = torch.zeros_like(Y)
z_ptr = Z.data_ptr()  # address of Z's first element
Z[:] = X + Y  # X + Y is computed into a temporary, then copied into Z
print(Z.data_ptr() == z_ptr)

torch.add(X, Y, out=Z)  # writes the sum straight into Z, no temporary
print(Z.data_ptr() == z_ptr)

x_ptr = X.data_ptr()
X += Y
print(X.data_ptr() == x_ptr)
print(X)
