import torch

torch.manual_seed(100)
x = torch.randn(2, 3)
print(x)
print(x[0, :], x[:, -1])

mask = x > 0
print(mask)
print(torch.masked_select(x, mask))
print(x[mask])
print(torch.nonzero(mask))
