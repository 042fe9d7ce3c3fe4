import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = A.clone()  # new memory: changing B leaves A alone
print(A + B)
print(A * B)
B[0, 0] = 100.0
print(A[0, 0], B.data_ptr() == A.data_ptr())
