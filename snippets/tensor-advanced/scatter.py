import torch

src = torch.tensor([[1.0, 2, 3], [4, 5, 6]])
index = torch.tensor([[0, 1, 2], [2, 0, 1]])
z = torch.zeros(3, 3)
z.scatter_(0, index, src)
print(z)

back = torch.gather(z, 0, index)
print(torch.equal(back, src))
