import torch

a = torch.arange(3).reshape((3, 1))
b = torch.arange(6).reshape((3, 2))
print(a + b)  # (3, 1) and (3, 2): axis 1 has length 1, so it broadcasts
try:
    b + b.T  # (3, 2) and (2, 3): same number of axes, lengths clash
except RuntimeError as error:
    print(f"RuntimeError: {error}")
