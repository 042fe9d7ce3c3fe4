import torch
from torch.distributions import Normal, Uniform


def f64(value):
    return torch.tensor(value, dtype=torch.float64)  # small differences need float64


torch.manual_seed(0)
height = Normal(f64(1.70), f64(0.07))  # heights in metres, X ~ N(1.70, 0.07^2)
a, b = f64(1.79), f64(1.81)
print(f"F(1.81) - F(1.79)       = {(height.cdf(b) - height.cdf(a)).item():.4f}")
x = torch.linspace(1.79, 1.81, 1001, dtype=torch.float64)
density = height.log_prob(x).exp()
print(f"integral of the density = {torch.trapezoid(density, x).item():.4f}")
samples = height.sample((100_000,))
inside = ((samples >= a) & (samples <= b)).sum().item()
print(f"share of the samples    = {inside / 100_000:.4f}")

# Intervals that shrink around 1.80: the probability goes to 0, P / 2h does not.
for h in [0.01, 0.001, 0.0001]:
    p = (height.cdf(f64(1.80 + h)) - height.cdf(f64(1.80 - h))).item()
    print(f"h = {h:<6}  P = {p:.6f}  P / 2h = {p / (2 * h):.4f}")
print(f"density p(1.80) = {height.log_prob(f64(1.80)).exp().item():.4f}")

# A density is not a probability: uniform on [0, 0.5] has density 2.
print(Uniform(0.0, 0.5).log_prob(torch.tensor(0.2)).exp())
