import torch

print(torch.zeros((2, 3, 4)))
print(torch.ones((2, 3, 4)).shape)
print(torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]]))
