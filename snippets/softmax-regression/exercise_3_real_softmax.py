import math

import torch

a, b = 1.0, 3.0


def real_softmax(*xs):
    return torch.logsumexp(torch.tensor(xs, dtype=torch.float64), dim=0).item()


print(f"RealSoftMax(a, b) = {real_softmax(a, b):.4f}，max(a, b) = {max(a, b)}")
for lam in [0.5, 1, 2, 5, 10]:
    gap = real_softmax(lam * a, lam * b) / lam - max(a, b)
    print(
        f"λ = {lam:4}: λ⁻¹ RealSoftMax(λa, λb) - max = {gap:.3e}，log(2)/λ = {math.log(2) / lam:.3e}"
    )

# soft-min：-RealSoftMax(-a, -b)，比 min(a, b) 小
print(f"soft-min(a, b) = {-real_softmax(-a, -b):.4f}，min(a, b) = {min(a, b)}")
# 推广到多个数：log Σ exp(x_i)，比 max 大，不超过 max + log(个数)
xs = [1.0, 3.0, 2.0, -1.0]
print(
    f"RealSoftMax{tuple(xs)} = {real_softmax(*xs):.4f}，max + log 4 = {max(xs) + math.log(4):.4f}"
)
