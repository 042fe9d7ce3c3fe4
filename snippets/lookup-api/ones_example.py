import torch

print(torch.ones(4))
# The examples at the end of help(torch.ones), run with the pinned torch:
print(torch.ones(2, 3))
print(torch.ones(5))
