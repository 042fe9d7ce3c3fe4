import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(a.shape, b.shape)
print(np.concatenate((a, b), axis=0))
print(np.concatenate((a, b.T), axis=1))

c = np.ones((2, 3), dtype=np.int64)
print(np.hstack((a, c)).shape)
