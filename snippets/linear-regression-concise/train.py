import torch
from torch import nn
from torch.utils import data


def synthetic_data(w, b, num_examples):
    """生成 y = Xw + b + 噪声，噪声的标准差为 0.01。"""
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


def load_array(data_arrays, batch_size, is_train=True):
    """构造一个 PyTorch 数据迭代器。"""
    dataset = data.TensorDataset(*data_arrays)
    return data.DataLoader(dataset, batch_size, shuffle=is_train)


torch.manual_seed(0)  # 数据、初始化、打乱顺序都由它决定
true_w = torch.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 1000)

batch_size = 10
data_iter = load_array((features, labels), batch_size)
X, y = next(iter(data_iter))
print("一个小批量：", X.shape, y.shape)
print(X[:3])
print(y[:3])

net = nn.Sequential(nn.Linear(2, 1))
nn.init.normal_(net[0].weight, mean=0, std=0.01)
nn.init.zeros_(net[0].bias)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)

num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X), y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    with torch.no_grad():
        l = loss(net(features), labels)
    print(f"epoch {epoch + 1}, loss {l:f}")

w_hat, b_hat = net[0].weight.detach().reshape(-1), net[0].bias.detach()
print(
    "学到的 w：", [round(v, 4) for v in w_hat.tolist()], "b：", round(b_hat.item(), 4)
)
print("w 的估计误差：", [round(v, 4) for v in (true_w - w_hat).tolist()])
print("b 的估计误差：", round(true_b - b_hat.item(), 4))
