import torch

torch.manual_seed(42)
a = torch.randn(2, 3)
torch.manual_seed(42)  # same seed again: the same numbers again
b = torch.randn(2, 3)
torch.manual_seed(42)
c = torch.normal(0.0, 1.0, size=(2, 3))
print(torch.equal(a, b), torch.equal(a, c))
print(torch.equal(a, torch.randn(2, 3)))  # the generator has moved on
