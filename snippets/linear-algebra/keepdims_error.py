import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
try:
    A / A.sum(axis=1)  # shape (5, 4) / shape (5,)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
