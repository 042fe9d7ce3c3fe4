def f(x):
    return x * x * x


x = 1.0
for h in [1e-1, 1e-3, 1e-5]:
    wrong = (f(x + h) - f(x + h)) / (2 * h)
    right = (f(x + h) - f(x - h)) / (2 * h)
    print(f"h = {h:.0e}: wrong formula {wrong}, correct formula {right:.6f}")
