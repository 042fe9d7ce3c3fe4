import torch
from torch import nn

torch.manual_seed(0)
for n_in, n_out in ((256, 512), (1024, 512)):
    layer = nn.Linear(n_in, n_out)
    w = layer.weight.detach()
    print(
        f"nn.Linear({n_in}, {n_out}): max |w| = {w.abs().max():.4f}, 1/sqrt(n_in) = {n_in**-0.5:.4f}"
    )
    print(f"  variance {w.var():.3e}, 1/(3 n_in) = {1 / (3 * n_in):.3e}")
