import numpy as np

rng = np.random.default_rng(0)
# 100 samples, 3 features on very different scales
X = rng.standard_normal((100, 3)) * np.array([1.0, 10.0, 100.0]) + np.array(
    [0.0, 5.0, -50.0]
)

mean = X.mean(axis=0, keepdims=True)  # shape (1, 3): one mean per column
std = X.std(axis=0, keepdims=True)
Z = (X - mean) / std  # (100, 3) with (1, 3): broadcast along axis 0
print(mean.shape, std.shape)
print(np.round(X.std(axis=0), 2))
print(np.allclose(Z.mean(axis=0), 0), np.allclose(Z.std(axis=0), 1))
