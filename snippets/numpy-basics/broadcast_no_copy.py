import numpy as np

B = np.arange(3)
B4 = np.broadcast_to(B, (4, 3))
print(B4)
print(B.strides, B4.strides)
print(np.shares_memory(B, B4))
