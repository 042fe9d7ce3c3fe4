import numpy as np

nd = np.arange(25).reshape(5, 5)
print(nd)
print(nd[1:3, 1:3])
print(nd[:, 1:3])
print(nd[::-1, 0])
