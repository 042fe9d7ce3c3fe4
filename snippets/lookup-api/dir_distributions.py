import textwrap

import torch

names = dir(torch.distributions)
print(len(names), "names, of them with a leading underscore:")
print([name for name in names if name.startswith("_")])
public = [name for name in names if not name.startswith("_")]
print(len(public), "public names:")
print(textwrap.fill(", ".join(public), width=78))
