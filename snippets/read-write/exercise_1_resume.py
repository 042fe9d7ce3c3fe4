import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(32, 4, dtype=torch.float64)
y = X.sum(dim=1, keepdim=True)


def make():
    torch.manual_seed(1)
    net = nn.Linear(4, 1, dtype=torch.float64)
    return net, torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)


def train(net, optimizer, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(X), y).backward()
        optimizer.step()


net, optimizer = make()
train(net, optimizer, 20)  # 一口气训练 20 步
uninterrupted = net.weight.detach().clone()

net, optimizer = make()
train(net, optimizer, 10)  # 训练 10 步后「中断」，保存检查点
torch.save({"model": net.state_dict(), "optimizer": optimizer.state_dict()}, "ckpt.pt")

for restore_optimizer in (True, False):
    resumed, resumed_optimizer = make()  # 新的模型和优化器，就像重新启动了程序
    checkpoint = torch.load("ckpt.pt")
    resumed.load_state_dict(checkpoint["model"])
    if restore_optimizer:
        resumed_optimizer.load_state_dict(checkpoint["optimizer"])  # 连同动量
    train(resumed, resumed_optimizer, 10)
    same = torch.equal(resumed.weight, uninterrupted)
    print(f"restore optimizer: {restore_optimizer}, same as uninterrupted: {same}")
