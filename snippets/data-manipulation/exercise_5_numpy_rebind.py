import numpy as np
import torch

a = np.zeros(3)
t = torch.from_numpy(a)
a += 1  # in place: writes into the shared memory
print(t)
a = a + 1  # a new array; the name a now points elsewhere
print(t, a)
