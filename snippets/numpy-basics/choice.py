import numpy as np

np.random.seed(0)
a = np.arange(1, 25)
print(np.random.choice(a, size=(3, 4)))

c2 = np.random.choice(a, size=(3, 4), replace=False)
print(c2)
print(len(np.unique(c2)))

c3 = np.random.choice(a, size=(3, 4), p=a / a.sum())
print(c3)
