import numpy as np
import torch

a = np.zeros(3)
shared = torch.from_numpy(a)
copied = torch.tensor(a)
a[0] = 7
print(shared)
print(copied)

# .numpy() shares too, in the other direction.
t = torch.ones(2)
view = t.numpy()
t.add_(1)
print(view)
