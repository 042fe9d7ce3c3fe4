import torch

a = torch.tensor([1, 5, 3])
b = torch.tensor([1, 2, 6])
print(torch.eq(a, b), a == b)
print(torch.equal(a, b), torch.equal(a, a.clone()))
print(torch.gt(a, b), a > b)
print(torch.max(a, b), torch.maximum(a, b))
