import torch

x = torch.arange(12)
X = x.reshape(3, 4)
print(X)
print(X.shape)
# -1 lets PyTorch work out that axis from the element count.
print(x.reshape(-1, 4).shape, x.reshape(3, -1).shape)
