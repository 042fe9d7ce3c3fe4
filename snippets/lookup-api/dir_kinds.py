import inspect
from collections import defaultdict

import torch


def kind(obj):
    if inspect.ismodule(obj):
        return "module"
    if inspect.isclass(obj):
        return "class"
    return "function" if inspect.isfunction(obj) else "other object"


groups = defaultdict(list)
for name in dir(torch.distributions):
    if not name.startswith("_"):
        groups[kind(getattr(torch.distributions, name))].append(name)
for group, members in sorted(groups.items()):
    print(f"{group}: {len(members)}, e.g. {members[:4]}")
