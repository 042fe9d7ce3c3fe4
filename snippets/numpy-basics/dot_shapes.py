import numpy as np

X1 = np.array([[1, 2], [3, 4]])
X2 = np.array([[5, 6, 7], [8, 9, 10]])
X3 = np.dot(X1, X2)
print(X3)
print(X1.shape, X2.shape, X3.shape)

v = np.array([1, 2, 3])
print(np.dot(v, v), v @ v)
