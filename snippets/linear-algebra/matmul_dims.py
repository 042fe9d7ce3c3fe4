import torch

x = torch.arange(4, dtype=torch.float32)
A = torch.ones(5, 4)
B = torch.ones(4, 3)
X = torch.ones(2, 5, 4)  # a batch of two 5x4 matrices
print(torch.matmul(x, x), torch.matmul(x, x).shape)  # 1-D, 1-D: dot product
print(torch.matmul(A, x).shape)  # 2-D, 1-D: matrix-vector
print(torch.matmul(A, B).shape)  # 2-D, 2-D: matrix-matrix
print(torch.matmul(X, B).shape)  # 3-D, 2-D: B is broadcast over the batch
