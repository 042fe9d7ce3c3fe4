import torch

p_h = torch.tensor([0.9985, 0.0015], dtype=torch.float64)  # P(H=0), P(H=1)
p_d1_pos = torch.tensor([0.01, 1.0], dtype=torch.float64)  # P(D1=1 | H)
p_d2_pos = torch.tensor([0.03, 0.98], dtype=torch.float64)  # P(D2=1 | H)

# D1 and D2 are conditionally independent given H
p_both_pos = p_d1_pos * p_d2_pos  # P(D1=1, D2=1 | H)
p_both = (p_both_pos * p_h).sum()
print(f"P(D1=1, D2=1)        = {p_both:.8f}")
print(f"P(H=1 | D1=1, D2=1)  = {p_both_pos[1] * p_h[1] / p_both:.4f}")
