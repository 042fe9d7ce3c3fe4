import torch

A = torch.arange(20, dtype=torch.float32).reshape(4, 5)
B = torch.arange(20, dtype=torch.float32).reshape(5, 4)
try:
    torch.dot(A, B)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
