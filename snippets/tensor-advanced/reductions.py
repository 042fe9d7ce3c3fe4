import torch

x = torch.tensor([[1, 5, 3], [4, 2, 6]])
print(x.max(), x.argmax())
values, indices = torch.max(x, dim=1)
print(values, indices)
print(torch.argmax(x, dim=0))
print(x.sum(dim=0), x.sum(dim=1, keepdim=True).shape)
