import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
try:
    t.view(6)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
print(t.contiguous().view(6))
print(t.reshape(6))
