import torch
from torch import nn

torch.manual_seed(0)
f1, f2, f3 = nn.Linear(5, 4), nn.Linear(4, 3), nn.Linear(3, 2)

merged = nn.Linear(5, 2)
with torch.no_grad():
    merged.weight.copy_(f3.weight @ f2.weight @ f1.weight)  # W = W3 W2 W1
    # b = W3 (W2 b1 + b2) + b3
    merged.bias.copy_(f3.weight @ (f2.weight @ f1.bias + f2.bias) + f3.bias)

X = torch.randn(10, 5)
print(merged.weight.shape)
print(torch.allclose(f3(f2(f1(X))), merged(X), atol=1e-6))
