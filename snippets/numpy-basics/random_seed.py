import numpy as np

np.random.seed(123)
print(np.random.random((2, 3)))
print(np.random.randn(2, 3))

np.random.seed(123)
print(np.random.random((2, 3)))
