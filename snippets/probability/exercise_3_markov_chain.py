import torch

p_a = torch.tensor([0.6, 0.4])  # P(A)
p_b_given_a = torch.tensor([[0.9, 0.1], [0.2, 0.8]])  # row a: P(B | A=a)
p_c_given_b = torch.tensor([[0.7, 0.3], [0.5, 0.5]])  # row b: P(C | B=b)

# Chain rule with the Markov property: P(A, B, C) = P(A) P(B | A) P(C | B)
joint = p_a[:, None, None] * p_b_given_a[:, :, None] * p_c_given_b[None, :, :]
print("sums to 1:", torch.isclose(joint.sum(), torch.tensor(1.0)).item())

# From the joint table alone: P(C | A, B) = P(A, B, C) / P(A, B)
p_c_given_ab = joint / joint.sum(dim=2, keepdim=True)
print(p_c_given_ab)
# It does not depend on a: both slices equal P(C | B)
print(
    torch.allclose(p_c_given_ab[0], p_c_given_b),
    torch.allclose(p_c_given_ab[1], p_c_given_b),
)
