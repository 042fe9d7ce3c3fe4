import numpy as np

x = np.array([1.0, 4.0, 9.0])
print(np.sqrt(x), np.exp(np.zeros(2)))
print(isinstance(np.sqrt, np.ufunc), isinstance(np.add, np.ufunc))
print(np.add(x, 1), np.maximum(x, 5))
print(np.add.reduce(x), np.add.accumulate(x))
