import numpy as np

print(np.arange(5))
print(np.arange(1, 2, 0.25))
print(np.arange(1, 1.3, 0.1))  # a fractional step: 1.3 slips in by rounding
print(np.linspace(0, 1, 10))
print(np.linspace(0, 1, 11))  # 11 points, 10 steps of 0.1
print(np.linspace(0, 1, 5, endpoint=False))

values, step = np.linspace(0, 1, 5, retstep=True)
print(values, step)

print(np.logspace(0, 3, 4))
