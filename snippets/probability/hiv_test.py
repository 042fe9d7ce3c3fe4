import torch

p_h = torch.tensor([0.9985, 0.0015], dtype=torch.float64)  # P(H=0), P(H=1)
p_pos = torch.tensor([0.01, 1.0], dtype=torch.float64)  # P(D1=1 | H=0), P(D1=1 | H=1)

p_d1 = (p_pos * p_h).sum()  # marginalisation over H
p_h1_given_d1 = p_pos[1] * p_h[1] / p_d1  # Bayes' theorem
print(f"P(D1=1)        = {p_d1:.6f}")
print(f"P(H=1 | D1=1)  = {p_h1_given_d1:.4f}")
