import numpy as np

rng = np.random.default_rng(0)
X = np.arange(20).reshape(10, 2)
y = np.arange(10) * 100

order = rng.permutation(len(X))
for i in range(0, len(X), 4):
    idx = order[i : i + 4]
    xb, yb = X[idx], y[idx]
    print(xb.shape, yb, np.all(xb[:, 0] * 50 == yb))
