import torch

names = [n for n in dir(torch.Tensor) if n.endswith("_") and not n.startswith("_")]
# A twin is a method: requires_grad, for one, is an attribute (a property).
with_twin = [n for n in names if callable(getattr(torch.Tensor, n[:-1], None))]
attribute = [n for n in names if n not in with_twin and hasattr(torch.Tensor, n[:-1])]
alone = [n for n in names if not hasattr(torch.Tensor, n[:-1])]
print(len(names), "Tensor methods end in _;", len(with_twin), "have a twin method")
print("e.g.", with_twin[:6])
print("twin is an attribute:", attribute, type(torch.Tensor.requires_grad).__name__)
print("no twin:", alone)
