import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = (x * x).sum()
z.backward()
try:
    z.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
