import torch

x = torch.tensor([1.0, 3.0, 2.0])
print(torch.max(x), torch.max(x, dim=0), torch.max(x, torch.ones(3) * 2), sep="\n")
try:
    torch.max(x, "0")  # no overload takes a string: the error lists them all
except TypeError as error:
    print(f"TypeError: {error}")
