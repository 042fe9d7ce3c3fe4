import torch


def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c


def check(a):
    d = f(a)
    d.backward()
    # d / a is rounded to float32: compare with a tolerance, not with ==
    print(f"a={a.item():.4f}  grad={a.grad.item():.1f}  d/a={(d / a).item():.6f}")
    print(
        "  isclose:",
        torch.isclose(a.grad, d / a).item(),
        " ==:",
        (a.grad == d / a).item(),
    )


torch.manual_seed(0)
for _ in range(2):
    check(torch.randn(size=(), requires_grad=True))
check(torch.tensor(-0.85667461, requires_grad=True))

# How often does == fail? Try 1000 negative inputs (they take the * 100 branch).
fails = 0
for value in -torch.rand(1000) * 2:
    a = value.clone().requires_grad_(True)
    d = f(a)
    d.backward()
    fails += (a.grad != d / a).item()
print(f"== fails for {fails} of 1000 negative inputs")
