import torch

torch.manual_seed(0)
X = torch.randn(6, 2)  # 6 samples, 2 features
y = torch.tensor([0, 2, 0, 1, 2, 2])  # class of each sample
k = 3

# Sum the rows of each class: row i of X is added to row y[i] of sums.
index = y[:, None].expand(-1, X.shape[1])  # (6, 2): the same class for both features
sums = torch.zeros(k, 2).scatter_add_(0, index, X)
counts = torch.bincount(y, minlength=k)
means = sums / counts[:, None]

loop = torch.stack([X[y == c].mean(dim=0) for c in range(k)])
print(counts)
print(means)
print(torch.allclose(means, loop))
