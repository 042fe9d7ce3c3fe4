import warnings

import torch

x = torch.arange(4)
xt = x.t()  # 1-D tensors are returned as they are
print(xt.shape, torch.equal(xt, x))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    xT = x.T  # the same, plus a deprecation warning
message = str(caught[0].message).split(" Consider")[0]
print(xT.shape, f"{caught[0].category.__name__}: {message}")
print(x.reshape(-1, 1).shape, x.unsqueeze(1).shape)
