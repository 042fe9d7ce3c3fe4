import torch

x = torch.arange(12)
print(x)
print(x.shape)
print(x.numel())
# arange(start, end, step): from start in steps of step, stopping before end.
print(torch.arange(1, 12, 2))
print(torch.arange(0, 2, 0.5))
