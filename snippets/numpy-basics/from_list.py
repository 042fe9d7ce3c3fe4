import numpy as np

nd = np.array([1, 3, 4, 5, 6])
print(nd, nd.shape, nd.dtype)

nd2 = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
print(nd2)
print(nd2.shape, nd2.ndim)

print(np.array([1, 2.5, 3]).dtype)
