import torch

t = torch.Tensor(2, 3)
print(t.shape, t.dtype)

s = torch.Tensor(3)
print(s.shape)
print(torch.tensor(3), torch.tensor(3).shape)

like = torch.Tensor(torch.Size([2, 3]))
print(like.shape)
