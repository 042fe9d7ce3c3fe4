import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.append(a, b))

a = np.arange(4).reshape(2, 2)
b = np.arange(4).reshape(2, 2)
print(np.append(a, b, axis=0))
print(np.append(a, b, axis=1))
print(np.append(a, b))
