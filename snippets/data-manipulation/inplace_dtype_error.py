import torch

X = torch.arange(4)
Y = torch.ones(4)
try:
    X += Y
except RuntimeError as error:
    print(f"RuntimeError: {error}")
X = X + Y
print(X)
