import torch

A = torch.arange(20, dtype=torch.float32).reshape(4, 5)
B = torch.arange(20, dtype=torch.float32).reshape(5, 4)
C = A @ B
print(C)
print(C[2, 1], torch.dot(A[2], B[:, 1]))  # c_ik is row i of A times column k of B
print(torch.equal(C[:, 1], torch.mv(A, B[:, 1])))  # column k of C is A b_k
