import numpy as np

rng = np.random.default_rng(0)
x1 = rng.random(100_000)
x2 = rng.random(100_000)

dot_loop = 0.0
for i in range(len(x1)):
    dot_loop += x1[i] * x2[i]

dot_vec = np.dot(x1, x2)
print(np.isclose(dot_loop, dot_vec))
print(f"{dot_loop:.3f} {dot_vec:.3f}")
