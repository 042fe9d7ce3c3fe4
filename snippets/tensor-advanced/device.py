import numpy as np
import torch

x = torch.ones(2, 3)
print(x.device)
print(torch.from_numpy(np.ones(3)).device)
print(torch.tensor([1, 2], device="cpu").device)
