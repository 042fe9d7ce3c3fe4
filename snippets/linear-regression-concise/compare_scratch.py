import torch
from torch import nn
from torch.utils import data


def synthetic_data(w, b, num_examples):
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


def data_iter(batch_size, features, labels):  # 从零开始实现的小批量读取
    indices = torch.randperm(len(features))
    for i in range(0, len(features), batch_size):
        yield features[indices[i : i + batch_size]], labels[indices[i : i + batch_size]]


def train_scratch(w, b, lr=0.03):  # 从零开始实现：损失带 1/2，对小批量求和
    for epoch in range(3):
        for X, y in data_iter(10, features, labels):
            ((X @ w + b - y) ** 2 / 2).sum().backward()
            with torch.no_grad():
                for param in (w, b):
                    param -= lr * param.grad / 10
                    param.grad.zero_()
    return torch.cat([w.detach().reshape(-1), b.detach()])


def train_concise(net, batches, lr=0.03):  # 简洁实现：MSELoss + optim.SGD
    loss, trainer = nn.MSELoss(), torch.optim.SGD(net.parameters(), lr=lr)
    for epoch in range(3):
        for X, y in batches():
            trainer.zero_grad()
            loss(net(X), y).backward()
            trainer.step()
    return torch.cat([net[0].weight.detach().reshape(-1), net[0].bias.detach()])


def show(name, params):
    print(f"{name}: w {[round(v, 4) for v in params[:2].tolist()]}, b {params[2]:.4f}")


torch.manual_seed(0)
features, labels = synthetic_data(torch.tensor([2, -3.4]), 4.2, 1000)
state = torch.get_rng_state()  # 两个页面的程序从这里开始各走各的
A = torch.cat([features, torch.ones(1000, 1)], dim=1)
best = torch.linalg.lstsq(A, labels).solution
show("最小二乘解  ", best.reshape(-1))
print(f"最小二乘解处的 MSELoss：{nn.MSELoss()(A @ best, labels):.4g}")
print(f"最小二乘解处带 1/2 的平方损失：{nn.MSELoss()(A @ best, labels) / 2:.4g}")

# 1. 与两个页面完全相同的随机数用法
w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
w0 = w.detach().clone()
scratch = train_scratch(w, b)
show("从零开始实现", scratch)

torch.set_rng_state(state)
loader = data.DataLoader(data.TensorDataset(features, labels), 10, shuffle=True)
next(iter(loader))
net = nn.Sequential(nn.Linear(2, 1))
nn.init.normal_(net[0].weight, std=0.01)
nn.init.zeros_(net[0].bias)
concise = train_concise(net, lambda: loader)
show("简洁实现    ", concise)
print(f"两者之差的最大绝对值：{(scratch - concise).abs().max():.4f}")

# 2. 同样的初始值、同样的小批量顺序，学习率减半抵消 MSELoss 的系数 2
net = nn.Sequential(nn.Linear(2, 1))
torch.set_rng_state(state)
torch.normal(0, 0.01, size=(2, 1))  # 与从零开始实现消耗同样的随机数
with torch.no_grad():
    net[0].weight.copy_(w0.T)
    net[0].bias.zero_()
matched = train_concise(net, lambda: data_iter(10, features, labels), lr=0.015)
print("对齐之后两者之差小于 1e-6：", (scratch - matched).abs().max().item() < 1e-6)

# 3. 没有小批量噪声：同样的初始值，全批量梯度下降 300 步，只看初始值的影响还剩多少
for lr in (0.03, 0.06):  # 从零开始实现的步长；简洁实现（MSELoss 配 lr=0.03）的步长
    w, b = w0.clone().requires_grad_(), torch.zeros(1, requires_grad=True)
    for step in range(300):
        ((features @ w + b - labels) ** 2 / 2).mean().backward()
        with torch.no_grad():
            for param in (w, b):
                param -= lr * param.grad
                param.grad.zero_()
    full_batch = torch.cat([w.detach().reshape(-1), b.detach()])
    gap = [round(v, 4) + 0.0 for v in (full_batch - best.reshape(-1)).tolist()]
    print(f"全批量 GD，步长 {lr}，300 步后减去最小二乘解：w {gap[:2]}, b {gap[2]}")
