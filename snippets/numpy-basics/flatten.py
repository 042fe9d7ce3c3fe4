import numpy as np

rng = np.random.default_rng(0)
a = np.floor(10 * rng.random((3, 4)))
print(a)
print(a.flatten())
print(a.flatten().dtype)

f = a.flatten()
r = a.ravel()
print(np.shares_memory(a, f), np.shares_memory(a, r))
