import torch

# Both are built-in functions written in C; only one carries a signature text.
for func in [len, torch.ones]:
    print(func.__name__, type(func).__name__, repr(func.__text_signature__))
