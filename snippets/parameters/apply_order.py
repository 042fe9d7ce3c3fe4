from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Sequential(nn.Linear(8, 1)))
net.apply(lambda m: print(type(m).__name__))
