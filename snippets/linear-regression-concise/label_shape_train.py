import warnings

import torch
from torch import nn
from torch.utils import data

torch.manual_seed(0)
features = torch.normal(0, 1, (1000, 2))
labels = features @ torch.tensor([2, -3.4]) + 4.2 + torch.normal(0, 0.01, (1000,))
data_iter = data.DataLoader(data.TensorDataset(features, labels), 10, shuffle=True)

net = nn.Sequential(nn.Linear(2, 1))
nn.init.normal_(net[0].weight, std=0.01)
nn.init.zeros_(net[0].bias)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
history = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(10):
        for X, y in data_iter:  # y 的形状是 (10,)
            l = loss(net(X), y)
            trainer.zero_grad()
            l.backward()
            trainer.step()
            params = torch.cat(
                [net[0].weight.detach().reshape(-1), net[0].bias.detach()]
            )
            history.append(params)
        if epoch == 2:
            print("警告次数：", len(caught))
            print("3 个迭代周期后：", [round(v, 4) for v in params.tolist()])
history = torch.stack(history[300:])  # 第 4 到第 10 个迭代周期的 700 次更新
print("之后 700 次更新的平均：", [round(v, 2) for v in history.mean(dim=0).tolist()])
print("之后 700 次更新的标准差：", [round(v, 2) for v in history.std(dim=0).tolist()])
print(f"标签的平均值：{labels.mean():.2f}")
