import numpy as np

try:
    np.array([1, 2], [3, 4])
except TypeError as error:
    print(f"TypeError: {error}")

a = np.array([[1, 2], [3, 4]])
print(a.shape)
