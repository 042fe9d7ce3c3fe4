import torch.nn.functional as F

names = dir(F)
dunder = [n for n in names if n.startswith("__")]
internal = [n for n in names if n.startswith("_") and not n.startswith("__")]
print(len(dunder), "dunder names, e.g.", dunder[:3])
print(len(internal), "internal names, e.g.", internal[:4])
print(len(names) - len(dunder) - len(internal), "public names, e.g.", names[-3:])
