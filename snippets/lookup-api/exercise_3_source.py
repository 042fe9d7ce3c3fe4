import inspect

import torch
import torch.nn.functional as F

# What IPython's `F.relu??` shows: the Python source of the function.
source = inspect.getsource(F.relu)
print(*source.splitlines()[:2], sep="\n")
print("...", len(source.splitlines()), "lines")
try:
    inspect.getsource(torch.ones)
except TypeError as error:
    print(f"TypeError: {error}")
