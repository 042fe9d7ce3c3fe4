import numpy as np

nd = np.arange(25).reshape(5, 5)
try:
    nd[(nd > 3) and (nd < 10)]
except ValueError as error:
    print(f"ValueError: {error}")
try:
    nd[nd > 3 & nd < 10]
except ValueError as error:
    print(f"ValueError: {error}")
