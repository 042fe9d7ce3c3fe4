import torch
from torch import nn
from torch.utils import data

torch.manual_seed(0)
features = torch.normal(0, 1, (1000, 2))
labels = (features @ torch.tensor([2, -3.4]) + 4.2).reshape(-1, 1)
labels += torch.normal(0, 0.01, labels.shape)

results = {}
for reduction, lr in [("mean", 0.03), ("sum", 0.03 / 10), ("sum", 0.03)]:
    torch.manual_seed(1)  # 同样的初始值和小批量顺序
    loader = data.DataLoader(data.TensorDataset(features, labels), 10, shuffle=True)
    net = nn.Linear(2, 1)
    loss = nn.MSELoss(reduction=reduction)
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(3):
        for X, y in loader:
            trainer.zero_grad()
            loss(net(X), y).backward()
            trainer.step()
    params = torch.cat([net.weight.detach().reshape(-1), net.bias.detach()])
    results[(reduction, lr)] = params
    print(f"{reduction:4}, lr {lr:.4g}:", [round(v, 4) for v in params.tolist()])
same = torch.allclose(results[("mean", 0.03)], results[("sum", 0.003)], atol=1e-6)
print("mean + lr 0.03 与 sum + lr 0.003 一致：", same)
