import torch

print([name for name in dir(torch) if name.endswith("_like")])
print([name for name in dir(torch.linalg) if "norm" in name])
print(callable(torch.ones_like), torch.ones_like(torch.arange(3)))
