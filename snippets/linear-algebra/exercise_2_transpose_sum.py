import torch

torch.manual_seed(0)
A = torch.randn(3, 5)
B = torch.randn(3, 5)
# Entry (j, i) on both sides is a_ij + b_ij: the very same float addition.
print(torch.equal(A.T + B.T, (A + B).T))
