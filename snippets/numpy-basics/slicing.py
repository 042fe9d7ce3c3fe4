import numpy as np

x = np.arange(10) * 10
print(x)
print(x[3])
print(x[3:6])
print(x[1:6:2])
print(x[::-2])
print(x[::-1])
