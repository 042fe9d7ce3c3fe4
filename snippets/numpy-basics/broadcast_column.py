import numpy as np

A = np.arange(0, 40, 10).reshape(4, 1)
B = np.arange(3)
print(A.shape, B.shape)
print(A + B)
print((A + B).shape, np.broadcast_shapes((4, 1), (3,)))
