import torch

torch.manual_seed(0)
M = torch.randn(3, 3)
S = (M + M.T) / 2  # symmetric part: S = S^T
K = (M - M.T) / 2  # antisymmetric part: K = -K^T
print(torch.equal(S, S.T), torch.equal(K, -K.T))
print(torch.diagonal(K))  # a_ii = -a_ii forces a zero diagonal
print(torch.allclose(S + K, M))
x = torch.randn(3)
print(abs((x @ K @ x).item()) < 1e-6)  # x^T K x = 0 for every x
