import torch
from torch import nn


class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU()
        )
        self.linear = nn.Linear(32, 16)

    def forward(self, X):
        return self.linear(self.net(X))


torch.manual_seed(0)
chimera = nn.Sequential(NestMLP(), nn.Linear(16, 20), nn.ReLU(), nn.Linear(20, 1))
X = torch.rand(2, 20)
print(chimera(X).shape)
print(chimera)
