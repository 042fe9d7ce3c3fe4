import torch

X = torch.arange(4)
Y = torch.ones(4)
try:
    X += Y
except RuntimeError as error:
    print(f"RuntimeError: {error}")
X = X + Y
print(X)

# Slice assignment does not complain: it casts, cutting the fractions off.
Z = torch.zeros_like(torch.arange(4))  # int64, like its model
Z[:] = torch.tensor([0.5, 1.5, 2.7, -1.9])
print(Z)
