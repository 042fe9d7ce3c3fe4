import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
try:
    A / A.sum(axis=1)  # (5, 4) / (5,): the (5,) is aligned with the last axis, 4
except RuntimeError as error:
    print(f"RuntimeError: {error}")

S = torch.arange(16, dtype=torch.float32).reshape(4, 4)
row_sums = S.sum(axis=1)
quiet = S / row_sums  # (4, 4) / (4,): broadcasts, so no error
j = 2
print(torch.equal(quiet[:, j], S[:, j] / row_sums[j]))  # column j / row sum j
print(quiet.sum(axis=1))  # rows do not sum to 1
