import torch

x = torch.arange(4)
col = x.reshape(4, 1)
row = x.reshape(1, 4)
print(x.shape, col.shape, row.shape)
print(col)
print(col.T.shape, torch.equal(col.T, row))
