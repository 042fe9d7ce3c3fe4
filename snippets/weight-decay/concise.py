import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
n_train, n_test, num_inputs, batch_size = 20, 100, 200, 5
true_w, true_b = torch.full((num_inputs, 1), 0.01), 0.05


def synthetic_data(w, b, n):
    X = torch.normal(0, 1, (n, len(w)))
    return X, X @ w + b + torch.normal(0, 0.01, (n, 1))


train_data = synthetic_data(true_w, true_b, n_train)
test_data = synthetic_data(true_w, true_b, n_test)


def train_concise(wd, num_epochs=100, lr=0.003):
    net = nn.Linear(num_inputs, 1)
    torch.manual_seed(1)  # 与从零开始实现相同的初始值（w ~ N(0, 1)，b = 0）和小批量顺序
    with torch.no_grad():
        net.weight.copy_(torch.normal(0, 1, (num_inputs, 1)).T)
        net.bias.zero_()
    loss_fn = nn.MSELoss()  # 平均的 (y_hat - y)²，没有 1/2
    # 两个参数组：只有权重衰减，偏置不衰减
    trainer = torch.optim.SGD(
        [{"params": net.weight, "weight_decay": wd}, {"params": net.bias}], lr=lr
    )
    loader = DataLoader(TensorDataset(*train_data), batch_size, shuffle=True)
    for epoch in range(num_epochs):
        for X, y in loader:
            trainer.zero_grad()
            loss = loss_fn(net(X), y) / 2  # 除以 2，与从零开始实现的平方损失一致
            loss.backward()
            trainer.step()
    with torch.no_grad():
        train_loss, test_loss = (
            loss_fn(net(X), y).item() / 2 for X, y in (train_data, test_data)
        )
    print(
        f"wd = {wd}: ‖w‖ = {net.weight.norm():.4g}, train loss {train_loss:.2g}, test loss {test_loss:.4g}"
    )


train_concise(0)
train_concise(3)
