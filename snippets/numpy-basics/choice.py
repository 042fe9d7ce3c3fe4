import numpy as np

rng = np.random.default_rng(0)
a = np.arange(1, 25)
c1 = rng.choice(a, size=(3, 4))  # with replacement (the default)
print(c1)
print(len(np.unique(c1)), "distinct values among 12")

c2 = rng.choice(a, size=(3, 4), replace=False)
print(c2)
print(len(np.unique(c2)), "distinct values among 12")

c3 = rng.choice(a, size=(3, 4), p=a / a.sum())
print(c3)
