import torch
from torch import nn

torch.manual_seed(0)
n_in, n_out = 1000, 500
W = torch.empty(n_out, n_in)
target = 2 / (n_in + n_out)
nn.init.xavier_normal_(W)
print(f"xavier_normal_:  variance {W.var():.4e}, 2/(n_in + n_out) = {target:.4e}")
nn.init.xavier_uniform_(W)
a = (6 / (n_in + n_out)) ** 0.5
print(
    f"xavier_uniform_: variance {W.var():.4e}, max |w| = {W.abs().max():.4f} <= {a:.4f}"
)
