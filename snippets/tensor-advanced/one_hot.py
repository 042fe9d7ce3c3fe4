import torch

y = torch.tensor([2, 0, 1, 2])
onehot = torch.zeros(4, 3).scatter_(1, y.unsqueeze(1), 1.0)
print(onehot)
print(torch.equal(onehot, torch.nn.functional.one_hot(y, 3).float()))
