import torch

x = torch.arange(4)
print(torch.unsqueeze(x, 0), torch.unsqueeze(x, 0).shape)
print(x.unsqueeze(1), x.unsqueeze(1).shape)
