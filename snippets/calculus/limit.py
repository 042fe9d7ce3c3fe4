def f(x):
    return 3 * x**2 - 4 * x


x = 1.0
for k in range(1, 6):
    h = 10.0**-k
    quotient = (f(x + h) - f(x)) / h
    print(f"h = {h:.5f}, (f(x + h) - f(x)) / h = {quotient:.5f}")
