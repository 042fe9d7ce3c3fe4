import torch

B = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
print(B == B.T)
print(torch.equal(B, B.T))
A = torch.arange(9).reshape(3, 3)
print(torch.equal(A, A.T))
