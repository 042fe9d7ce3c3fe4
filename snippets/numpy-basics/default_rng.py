import numpy as np

rng = np.random.default_rng(0)
print(rng.random((2, 3)))
print(rng.standard_normal(3))
print(rng.permutation(6))

rng = np.random.default_rng(0)
print(rng.random(3))
