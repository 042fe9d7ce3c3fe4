import torch
from torch import nn

torch.manual_seed(0)
f1 = nn.Linear(4, 3)  # f1(x) = W1 x + b1
f2 = nn.Linear(3, 2)  # f2(h) = W2 h + b2

# One linear layer with W = W2 W1 and b = W2 b1 + b2.
merged = nn.Linear(4, 2)
with torch.no_grad():
    merged.weight.copy_(f2.weight @ f1.weight)
    merged.bias.copy_(f2.weight @ f1.bias + f2.bias)

X = torch.randn(5, 4)  # 5 samples, 4 features each
print(merged.weight.shape, merged.bias.shape)
print(torch.allclose(f2(f1(X)), merged(X), atol=1e-6))
