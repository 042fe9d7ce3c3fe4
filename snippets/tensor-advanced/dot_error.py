import torch

A = torch.ones(2, 2)
try:
    torch.dot(A, A)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(torch.mm(A, A))
