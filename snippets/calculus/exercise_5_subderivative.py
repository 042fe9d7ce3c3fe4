import torch

y = torch.linspace(-10, 10, 2001, dtype=torch.float64)  # points around x = 0
zero = torch.tensor(0.0, dtype=torch.float64)
slopes = [-1.0, -0.5, 0.0, 0.5, 1.0]  # between the one-sided derivatives
functions = [
    ("|x|", torch.abs),
    ("-|x|", lambda t: -torch.abs(t)),
    ("|x| + 1 - cos x", lambda t: torch.abs(t) + 1 - torch.cos(t)),
]
for name, f in functions:
    # c is a subderivative at 0 if f(y) >= f(0) + c * y for every y
    below = [bool((f(y) >= f(zero) + c * y).all()) for c in slopes]
    print(f"{name:>15}:", below)

# The third one is not convex: at 3 it lies above the chord from 2 to 4.
f = functions[2][1]
a, b = torch.tensor(2.0, dtype=torch.float64), torch.tensor(4.0, dtype=torch.float64)
print(f"f(3) = {f((a + b) / 2).item():.4f} > {((f(a) + f(b)) / 2).item():.4f}")
