import torch

names = [n for n in dir(torch.Tensor) if n.endswith("_") and not n.startswith("_")]
with_twin = [n for n in names if hasattr(torch.Tensor, n[:-1])]
alone = [n for n in names if n not in with_twin]
print(len(names), "Tensor methods end in _;", len(with_twin), "have a twin without _")
print("e.g.", with_twin[:6])
print("no twin:", alone)
