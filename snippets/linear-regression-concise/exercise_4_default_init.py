import torch
from torch import nn
from torch.utils import data

torch.manual_seed(0)
true_w, true_b = torch.tensor([2, -3.4]), 4.2
features = torch.normal(0, 1, (1000, 2))
labels = (features @ true_w + true_b).reshape(-1, 1) + torch.normal(0, 0.01, (1000, 1))
loader = data.DataLoader(data.TensorDataset(features, labels), 10, shuffle=True)

net = nn.Linear(2, 1)  # 不调用 nn.init：PyTorch 的默认初始化
print("初始 weight：", net.weight.detach(), "初始 bias：", net.bias.detach())
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(3):
    for X, y in loader:
        trainer.zero_grad()
        loss(net(X), y).backward()
        trainer.step()
w_hat = net.weight.detach().reshape(-1)
print("w 的估计误差：", [round(v, 4) for v in (true_w - w_hat).tolist()])
print("b 的估计误差：", round(true_b - net.bias.item(), 4))
