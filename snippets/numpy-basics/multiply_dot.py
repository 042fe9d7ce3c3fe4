import numpy as np

A = np.array([[1, 2], [-1, 4]])
B = np.array([[2, 0], [3, 4]])
print(A * B)
print(np.multiply(A, B))
print(A * 2.0)
print(np.dot(A, B))
print(A @ B)
