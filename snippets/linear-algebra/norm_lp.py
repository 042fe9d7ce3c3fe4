import torch

x = torch.tensor([3.0, -4.0, 1.0])
for p in [1, 2, 3, 10]:
    by_formula = (x.abs() ** p).sum() ** (1 / p)
    by_torch = torch.linalg.vector_norm(x, ord=p)
    print(f"p = {p:<4} {by_torch.item():.4f}  {by_formula.item():.4f}")
print(
    "p = inf ",
    torch.linalg.vector_norm(x, ord=float("inf")).item(),
    x.abs().max().item(),
)


# Below p = 1 the formula breaks the triangle inequality.
def lp(v, p):
    return (v.abs() ** p).sum() ** (1 / p)


e1, e2 = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
print(lp(e1 + e2, 0.5).item(), ">", (lp(e1, 0.5) + lp(e2, 0.5)).item())
