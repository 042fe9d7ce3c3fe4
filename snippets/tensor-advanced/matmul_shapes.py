import torch

x = torch.arange(3.0)
print(torch.dot(x, x))

A = torch.ones(2, 3)
B = torch.ones(3, 4)
print(torch.mm(A, B).shape)

P = torch.ones(5, 2, 3)
Q = torch.ones(5, 3, 4)
print(torch.bmm(P, Q).shape)

print(torch.matmul(x, x), torch.matmul(A, x).shape)
print(torch.matmul(P, B).shape, (P @ Q).shape)
