import torch

torch.manual_seed(0)
first, second = torch.randint(1, 7, (2, 100_000))
A = first % 2 == 0  # the first die is even
B = second >= 5  # the second die shows 5 or 6
C = first + second >= 10  # the sum is at least 10


def p(event):
    return event.float().mean().item()


print(f"P(A)P(B) = {p(A) * p(B):.4f}, P(A, B) = {p(A & B):.4f}")
print(f"P(A)P(C) = {p(A) * p(C):.4f}, P(A, C) = {p(A & C):.4f}")
print(f"P(C | A) = {p(A & C) / p(A):.4f}, P(C) = {p(C):.4f}")
# The exact values, from the 36 equally likely outcomes.
exact = [(p(A) * p(B), 1 / 6), (p(A & B), 1 / 6), (p(A) * p(C), 3 / 36)]
exact += [(p(A & C), 4 / 36), (p(A & C) / p(A), 4 / 18), (p(C), 6 / 36)]
print(f"largest gap to the exact values: {max(abs(e - x) for e, x in exact):.4f}")
