import torch

x = torch.arange(12)
print(x)
print(x.shape)
print(x.numel())
# arange(start, end, step): ceil((end - start) / step) elements from start.
print(torch.arange(1, 12, 2))
print(torch.arange(0, 2, 0.5))
# A fractional step: (1.3 - 1) / 0.1 is a bit above 3, so there are 4 elements.
print(torch.arange(1, 1.3, 0.1))
print(torch.linspace(1, 1.2, 3))  # 3 points from 1 to 1.2, both ends included
