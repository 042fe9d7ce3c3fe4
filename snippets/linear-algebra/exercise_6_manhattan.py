import torch
from torch.linalg import vector_norm

start = torch.tensor([1.0, 2.0])  # (avenue, street)
end = torch.tensor([4.0, 6.0])
d = end - start
print(d.abs().sum(), vector_norm(d, ord=1))  # blocks walked along the grid
print(vector_norm(d))  # straight line, only if you could cut across
