import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(3, 1)  # parameters are float32
X = torch.tensor([[3.0, 1.0, 0.0], [2.0, 0.0, 1.0]], dtype=torch.float64)
print(net.weight.dtype, X.dtype)
try:
    net(X)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
