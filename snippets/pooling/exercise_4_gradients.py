import torch
from torch import nn

X = torch.tensor([[[[1.0, 2.0], [3.0, 9.0]]]], requires_grad=True)
for pool in [nn.MaxPool2d(2), nn.AvgPool2d(2)]:
    X.grad = None
    Y = pool(X)
    Y.sum().backward()
    print(type(pool).__name__, "output", Y.item(), "gradient", X.grad[0, 0].tolist())
