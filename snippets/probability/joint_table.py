import torch

# P(A=a, B=b): rows a = 0, 1; columns b = 0, 1, 2
P = torch.tensor([[0.10, 0.25, 0.05], [0.15, 0.25, 0.20]])
p_a = P.sum(dim=1)  # marginalise out B
p_b = P.sum(dim=0)  # marginalise out A
p_b_given_a = P / p_a[:, None]  # P(B=b | A=a) = P(A=a, B=b) / P(A=a)
print("P(A):", p_a)
print("P(B):", p_b)
print("P(B | A=0):", p_b_given_a[0])
p_a_given_b = p_b_given_a * p_a[:, None] / p_b  # Bayes' theorem
print("Bayes == P(A, B) / P(B):", torch.allclose(p_a_given_b, P / p_b))
print("independent:", torch.allclose(P, torch.outer(p_a, p_b)))
