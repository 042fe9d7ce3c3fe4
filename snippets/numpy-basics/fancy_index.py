import numpy as np

nd = np.arange(25).reshape(5, 5)
print(nd[[1, 2]])
print(nd[[0, 2, 4], [1, 3, 0]])
print(nd[np.ix_([0, 2], [1, 3])])

rows = nd[[1, 2]]
rows[0, 0] = -1
print(nd[1, 0])
