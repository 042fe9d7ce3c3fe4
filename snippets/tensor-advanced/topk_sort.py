import torch

x = torch.tensor([[1, 5, 3], [4, 2, 6]])
top = torch.topk(x, 2, dim=1)
print(top.values)
print(top.indices)

values, indices = torch.sort(x, dim=1, descending=True)
print(values)
print(indices)
