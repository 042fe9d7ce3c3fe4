import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2),
    nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5),
    nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120),
    nn.Sigmoid(),
    nn.Linear(120, 84),
    nn.Sigmoid(),
    nn.Linear(84, 10),
)

X = torch.zeros(1, 1, 28, 28)
print(f"{'input':12s} {tuple(X.shape)}")
for layer in net:
    X = layer(X)
    print(f"{type(layer).__name__:12s} {tuple(X.shape)}")
print("parameters:", sum(p.numel() for p in net.parameters()))
