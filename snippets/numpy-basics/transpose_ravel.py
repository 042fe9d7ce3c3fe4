import numpy as np

arr = np.arange(12).reshape(3, 4)
print(arr.T.shape)

arr = np.arange(6).reshape(2, -1)
print(arr)
print(arr.ravel())
print(arr.ravel("F"))
