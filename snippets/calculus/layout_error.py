import torch
from torch.autograd.functional import jacobian

a = torch.tensor(2.0)
row = jacobian(lambda a: a * torch.ones(1, 3), a)  # y in R^{1 x 3}, a row
mat = jacobian(lambda a: a * torch.ones(2, 3), a)  # Y in R^{2 x 3}
print("dy/dx for a 1x3 row y:", tuple(row.shape))
print("dY/dx for a 2x3 matrix Y:", tuple(mat.shape))
