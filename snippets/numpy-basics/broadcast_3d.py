import numpy as np

a = np.arange(12).reshape(2, 3, 2)
b = np.arange(6).reshape(3, 2) * 100
c = a + b
print(c.shape)
print(c)
print(np.array_equal(c[1] - a[1], b))
