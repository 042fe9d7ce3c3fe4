import sympy
import torch

x = sympy.Symbol("x")
f = 3 * x**2 - 4 * x
df = sympy.diff(f, x)  # a new expression
print("symbolic:", df, "->", df.subs(x, 1))

t = torch.tensor(1.0, requires_grad=True)
(3 * t**2 - 4 * t).backward()  # a number at this one point, no formula
print("autograd:", t.grad)

g = x
for depth in range(1, 5):
    g = sympy.sin(g) * g  # nest one more layer
    print(
        f"depth {depth}: derivative has {sympy.count_ops(sympy.diff(g, x))} operations"
    )
