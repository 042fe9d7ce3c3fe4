import inspect

import torch

cls = torch.nn.MSELoss
print(inspect.signature(cls))
lines = inspect.getdoc(cls).splitlines()
print(lines[0])
print(*[line.strip() for line in lines if "division by" in line], sep="\n")
# The web page of a class or function: .../generated/<full name>.html
print(f"https://docs.pytorch.org/docs/stable/generated/torch.nn.{cls.__name__}.html")

# Check what the doc says: by default the squared errors are averaged, not summed.
pred, target = torch.tensor([1.0, 2.0, 4.0]), torch.tensor([1.0, 0.0, 1.0])
print(cls()(pred, target), cls(reduction="sum")(pred, target))
