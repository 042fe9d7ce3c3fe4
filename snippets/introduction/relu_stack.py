import torch
from torch import nn

torch.manual_seed(0)
linear = nn.Sequential(nn.Linear(4, 3, bias=False), nn.Linear(3, 2, bias=False))
nonlinear = nn.Sequential(
    nn.Linear(4, 3, bias=False), nn.ReLU(), nn.Linear(3, 2, bias=False)
)

x = torch.randn(4)
with torch.no_grad():
    # A linear map g satisfies g(-x) = -g(x) for every x.
    print(torch.allclose(linear(-x), -linear(x)))
    print(torch.allclose(nonlinear(-x), -nonlinear(x)))
