import torch

x = torch.arange(6)
by_flip = x.flip(0)
by_index = x[torch.arange(len(x) - 1, -1, -1)]  # indices 5, 4, ..., 0
print(by_flip, by_index, torch.equal(by_flip, by_index))
X = torch.arange(6).reshape(2, 3)
print(X.flip(1))  # reverse the columns: flip along axis 1
print(X.flip(0, 1))  # both axes
