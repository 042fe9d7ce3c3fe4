import numpy as np

rng = np.random.default_rng(0)
P = rng.standard_normal((4, 3))  # 4 points in 3-D
Q = rng.standard_normal((5, 3))  # 5 points in 3-D

# (4, 1, 3) - (1, 5, 3) broadcasts to (4, 5, 3): every pair of points at once
diff = P[:, None, :] - Q[None, :, :]
D = (diff**2).sum(axis=2)
print(diff.shape, D.shape)

loop = np.array([[np.sum((p - q) ** 2) for q in Q] for p in P])
print(np.allclose(D, loop))
print(np.round(D, 3))
