import torch

X = torch.zeros(3)
Y = torch.ones(3)
pair = (X, Y)
try:
    pair[0] += Y  # X.__iadd__(Y) runs first, then pair[0] = ... is attempted
except TypeError as error:
    print(f"TypeError: {error}")
print(X)  # the in-place addition happened before the assignment failed
