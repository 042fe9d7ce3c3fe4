import torch

# Which functions in torch mention "cumulative" in their documentation?
hits = []
for name in dir(torch):
    obj = getattr(torch, name)
    doc = getattr(obj, "__doc__", None)
    public = not name.startswith("_") and callable(obj)
    if public and isinstance(doc, str) and "cumulative" in doc.lower():
        hits.append(name)
print(hits)
print(torch.cumsum.__doc__.strip().splitlines()[0])
print(torch.cumsum(torch.tensor([1, 2, 3, 4]), dim=0))
