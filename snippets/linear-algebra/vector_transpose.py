import torch

x = torch.arange(4)
xt = x.t()  # 1-D tensors are returned as they are
print(xt.shape, torch.equal(xt, x))
xT = x.T  # the same, plus a deprecation warning on stderr
print(xT.shape, torch.equal(xT, x))
print(x.reshape(-1, 1).shape, x.unsqueeze(1).shape)
