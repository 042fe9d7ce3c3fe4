import numpy as np

nd = np.arange(25).reshape(5, 5)
mask = (nd > 3) & (nd < 10)
print(mask[:2])
print(nd[mask])
print(nd[(nd < 3) | (nd > 22)])
