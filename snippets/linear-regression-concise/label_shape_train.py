import warnings

import torch
from torch import nn
from torch.utils import data

torch.manual_seed(0)
features = torch.normal(0, 1, (1000, 2))
labels = features @ torch.tensor([2, -3.4]) + 4.2 + torch.normal(0, 0.01, (1000,))
data_iter = data.DataLoader(data.TensorDataset(features, labels), 10, shuffle=True)

net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        for X, y in data_iter:  # y 的形状是 (10,)
            l = loss(net(X), y)
            trainer.zero_grad()
            l.backward()
            trainer.step()
print("警告次数：", len(caught))
print("w：", net[0].weight.data, "b：", net[0].bias.data)
