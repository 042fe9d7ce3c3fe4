import torch


def f(x):
    return x * x * x  # f'(1) = 3


for dtype in [torch.float64, torch.float32]:
    x = torch.tensor(1.0, dtype=dtype)
    errors = {}
    for k in range(1, 13):
        h = torch.tensor(10.0**-k, dtype=dtype)
        central = (f(x + h) - f(x - h)) / (2 * h)
        errors[k] = abs(central.item() - 3.0)
    best = min(errors, key=errors.get)
    eps = torch.finfo(dtype).eps
    print(f"{dtype}: eps {eps:.1e}, best h 1e-{best}, error {errors[best]:.1e}")
