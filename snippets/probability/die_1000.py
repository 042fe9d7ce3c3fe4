import torch
from torch.distributions import Multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
counts = Multinomial(1000, fair_probs).sample()
print(counts)
print(counts / 1000)
print(f"largest deviation from 1/6: {(counts / 1000 - 1 / 6).abs().max():.4f}")
