import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(1, 1, 8, 8)
print("kernel 3x3 on 8x8:")
for p in range(3):
    shapes = []
    for s in range(1, 5):
        conv2d = nn.Conv2d(1, 1, kernel_size=3, padding=p, stride=s)
        shapes.append(f"s={s}: {conv2d(X).shape[2]}x{conv2d(X).shape[3]}")
    print(f"  p={p}  " + "  ".join(shapes))
