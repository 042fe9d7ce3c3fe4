import torch

y = torch.linspace(-1, 1, 201)  # points around x = 0
slopes = [-1.0, -0.5, 0.0, 0.5, 1.0]  # between the one-sided derivatives
for name, f in [("|x|", torch.abs), ("-|x|", lambda t: -torch.abs(t))]:
    # c is a subderivative at 0 if f(y) >= f(0) + c * y for every y
    below = [bool((f(y) >= f(torch.tensor(0.0)) + c * y).all()) for c in slopes]
    print(f"{name:>5}:", below)
