import torch

x = torch.arange(6)
backwards = torch.arange(len(x) - 1, -1, -1)  # indices 5, 4, ..., 0
print(x[backwards])
X = torch.arange(6).reshape(2, 3)
columns_backwards = torch.arange(X.shape[1] - 1, -1, -1)
reversed_columns = X[:, columns_backwards]  # the same indices, on axis 1 only
print(reversed_columns)
rows_backwards = torch.arange(X.shape[0] - 1, -1, -1)
print(X[rows_backwards][:, columns_backwards])  # both axes
# flip only checks the answers here.
print(torch.equal(x[backwards], x.flip(0)), torch.equal(reversed_columns, X.flip(1)))
