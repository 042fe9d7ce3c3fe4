import torch

faces = torch.arange(1, 7, dtype=torch.float64)
probs = torch.ones(6, dtype=torch.float64) / 6
mean = (faces * probs).sum()  # E[X] = sum_x x P(X=x)
var = ((faces - mean) ** 2 * probs).sum()  # Var[X] = E[(X - E[X])^2]
print(f"E[X] = {mean:.4f}, Var[X] = {var:.4f}")
print(f"E[X^2] - E[X]^2 = {(faces**2 * probs).sum() - mean**2:.4f}")

torch.manual_seed(0)
rolls = torch.randint(1, 7, (100_000,), dtype=torch.float64)
print(f"sample mean = {rolls.mean():.4f}, sample variance = {rolls.var():.4f}")
