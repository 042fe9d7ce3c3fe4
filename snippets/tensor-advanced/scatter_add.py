import torch

y = torch.tensor([2, 0, 2, 2, 1])
counts = torch.zeros(3).scatter_add_(0, y, torch.ones(5))
print(counts)
print(torch.equal(counts, torch.bincount(y, minlength=3).float()))
