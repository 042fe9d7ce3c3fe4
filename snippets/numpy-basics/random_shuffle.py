import numpy as np

np.random.seed(0)
x = np.arange(12).reshape(4, 3)
result = np.random.shuffle(x)
print(result)
print(x)
