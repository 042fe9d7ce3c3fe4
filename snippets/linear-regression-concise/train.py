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
print(X)
print(y)

net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)

num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X), y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f"epoch {epoch + 1}, loss {l:f}")

w = net[0].weight.data
print("w 的估计误差：", true_w - w.reshape(true_w.shape))
b = net[0].bias.data
print("b 的估计误差：", true_b - b)
print("w 的梯度：", net[0].weight.grad)
print("b 的梯度：", net[0].bias.grad)
