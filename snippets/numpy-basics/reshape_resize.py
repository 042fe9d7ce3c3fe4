import numpy as np

arr = np.arange(10)
r = arr.reshape(2, 5)
print(r)
print(arr.reshape(5, -1).shape, arr.reshape(-1, 5).shape)
print(arr.shape)  # arr itself keeps its shape
print(np.shares_memory(arr, r))  # but r is a view of the same data:
r[0, 0] = 100
print(arr[:3])  # writing through r changed arr

b = np.arange(10)
result = b.resize(2, 5)  # in place, returns None
print(result)
print(b)
