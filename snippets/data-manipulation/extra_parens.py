import torch

print(torch.ones(4, 9).shape)
print(torch.ones((4, 9)).shape)
print(torch.ones(((4, 9))).shape)  # the extra ( ) only group
print(torch.ones((1, 4, 9)).shape)  # an axis of length 1 must be written out
print(torch.tensor([[[1, 2, 3]]]).shape)  # in nested lists each [ ] is an axis
