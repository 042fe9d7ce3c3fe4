import torch

X = torch.ones(4, 9)
print(torch.linalg.matrix_norm(X))  # ord="fro" is the default
m, n = X.shape
total = 0.0
for i in range(m):  # i runs over the m rows
    for j in range(n):  # j runs over the n columns
        total += X[i, j].item() ** 2
print(total, total**0.5)
print(torch.linalg.vector_norm(X.flatten()))  # the L2 norm of the flattened matrix
