import numpy as np

a = np.arange(12).reshape(4, 3)
v = np.arange(4)
try:
    a + v
except ValueError as error:
    print(f"ValueError: {error}")
print((a + v.reshape(4, 1)).shape)
