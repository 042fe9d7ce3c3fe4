from importlib.metadata import version

import numpy
import pandas
import torch

# What pip installed (package metadata) vs what import actually loaded.
for name, module in [("torch", torch), ("numpy", numpy), ("pandas", pandas)]:
    print(f"{name:<7}", version(name) == module.__version__)
