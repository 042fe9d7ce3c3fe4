import torch

torch.manual_seed(0)
A = torch.randn(3, 5)
print(A.T.shape, A.T.T.shape)
print(torch.equal(A.T.T, A))  # transposing only moves entries: no rounding
