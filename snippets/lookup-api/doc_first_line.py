import torch

# Built-in functions keep their signature in the first line of __doc__.
for func in [torch.ones, torch.cat, torch.arange]:
    print(func.__doc__.strip().splitlines()[0])
