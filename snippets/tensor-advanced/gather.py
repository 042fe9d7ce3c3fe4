import torch

x = torch.tensor([[0, 1, 2], [10, 11, 12]])

index = torch.tensor([[0, 1, 1]])
print(torch.gather(x, 0, index))

index = torch.tensor([[0, 1, 1], [1, 1, 1]])
print(torch.gather(x, 1, index))

index = torch.tensor([[2], [0]])
print(torch.gather(x, 1, index))
