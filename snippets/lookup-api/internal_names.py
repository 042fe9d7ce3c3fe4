import torch.nn.functional as F

names = dir(F)
dunder = [n for n in names if n.startswith("__")]
internal = [n for n in names if n.startswith("_") and not n.startswith("__")]
public = [n for n in names if not n.startswith("_")]
print(len(dunder), "dunder names, e.g.", dunder[:3])
print(len(internal), "internal names, e.g.", internal[:4])
examples = [n for n in ("relu", "softmax", "cross_entropy", "dropout") if n in public]
print(len(public), "public names, e.g.", examples)
print("'warnings' is public too:", "warnings" in public, type(F.warnings).__name__)
