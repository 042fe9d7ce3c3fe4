import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
x = torch.arange(5, dtype=torch.float32)
try:
    torch.mv(A, x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(torch.mv(A.T, x))
