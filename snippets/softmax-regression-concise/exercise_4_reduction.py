import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(64, 1, 8, 8)
y = torch.randint(0, 10, (64,))
nets = {}
for reduction, lr in [("mean", 0.5), ("sum", 0.5 / 64)]:
    torch.manual_seed(1)  # 两个网络的初始参数相同
    net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
    loss = nn.CrossEntropyLoss(reduction=reduction)
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    l = loss(net(X), y)
    trainer.zero_grad()
    l.backward()
    print(
        f'reduction="{reduction}"：损失 {l.item():.4f}，权重梯度范数 {net[1].weight.grad.norm():.4f}'
    )
    trainer.step()
    nets[reduction] = net
print(
    "更新后的参数相同：", torch.allclose(nets["mean"][1].weight, nets["sum"][1].weight)
)
none = nn.CrossEntropyLoss(reduction="none")(nets["mean"](X), y)
print('reduction="none" 的形状：', none.shape)
