import torch
from torch.distributions import Multinomial

torch.manual_seed(0)
p = 1 / 6
fair_probs = torch.full((6,), p)
repeats = 100  # repeat every experiment to see its typical deviation
for m, n in [(50, 10), (500, 10), (50, 100), (2000, 10), (200, 100)]:
    # repeats x m groups of n draws; the estimate uses all m * n draws
    counts = Multinomial(n, fair_probs).sample((repeats, m)).sum(dim=1)
    estimates = counts / (m * n)
    rms = ((estimates - p) ** 2).mean().sqrt()  # typical deviation of one frequency
    print(f"m={m:4d}, n={n:3d}, m*n={m * n:6d}: typical deviation {rms:.4f}, ", end="")
    print(f"sqrt(p(1-p)/(m*n)) = {(p * (1 - p) / (m * n)) ** 0.5:.4f}")
