import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
try:
    np.concatenate((a, b), axis=1)
except ValueError as error:
    print(f"ValueError: {error}")
