import numpy as np

arr = np.arange(10)
print(arr.reshape(2, 5))
print(arr.reshape(5, -1).shape, arr.reshape(-1, 5).shape)
print(arr.shape)

result = arr.resize(2, 5)
print(result)
print(arr)
