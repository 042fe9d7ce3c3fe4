import numpy as np

print(np.zeros((2, 3)))
print(np.ones((2, 3), dtype=np.int64))
print(np.eye(3))
print(np.diag([1, 2, 3]))
print(np.diag(np.arange(9).reshape(3, 3)))
