import torch

torch.manual_seed(0)
A = torch.randn(4, 4)
S = A + A.T
print(torch.equal(S, S.T))  # a_ij + a_ji == a_ji + a_ij, even in floats
print(torch.equal(A, A.T))  # A itself is not symmetric
try:
    B = torch.randn(3, 4)
    B + B.T  # only a square matrix can be added to its transpose
except RuntimeError as error:
    print(f"RuntimeError: {error}")
