import torch
from torch.distributions import Multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
print(fair_probs)
print(Multinomial(1, fair_probs).sample())  # one draw: a one-hot vector
counts = Multinomial(10, fair_probs).sample()  # ten draws: counts per face
print(counts)
print(counts / 10)
