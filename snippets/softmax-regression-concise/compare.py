import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

train_iter = DataLoader(TensorDataset(X[train_idx], y[train_idx]), 64, shuffle=True)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), 64)
lr, num_epochs = 0.5, 10


def test_correct(net):
    with torch.no_grad():
        return sum(int((net(X).argmax(dim=1) == y).sum()) for X, y in test_iter)


# 与上一章相同：种子 0，W ~ N(0, 0.01²)，b = 0
torch.manual_seed(0)
W0 = torch.normal(0, 0.01, size=(64, 10))
rng_state = torch.get_rng_state()  # 此后的随机数只用来打乱小批量

# 从零开始实现（与上一章相同）
W = W0.clone().requires_grad_()
b = torch.zeros(10, requires_grad=True)


def net_scratch(X):
    X_exp = torch.exp(X.reshape((-1, 64)) @ W + b)
    return X_exp / X_exp.sum(1, keepdim=True)


torch.set_rng_state(rng_state)  # 两种实现的小批量顺序相同
scratch = []
for epoch in range(num_epochs):
    for X_batch, y_batch in train_iter:
        y_hat = net_scratch(X_batch)
        l = -torch.log(y_hat[range(len(y_hat)), y_batch])
        l.sum().backward()
        with torch.no_grad():
            for param in [W, b]:
                param -= lr * param.grad / len(y_batch)
                param.grad.zero_()
    scratch.append(test_correct(net_scratch))

# 简洁实现：权重换成 nn.Linear 的（输出，输入）排法，即 W 的转置
net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
with torch.no_grad():
    net[1].weight.copy_(W0.T)
    net[1].bias.zero_()
loss = nn.CrossEntropyLoss()
trainer = torch.optim.SGD(net.parameters(), lr=lr)
torch.set_rng_state(rng_state)
concise = []
for epoch in range(num_epochs):
    for X_batch, y_batch in train_iter:
        l = loss(net(X_batch), y_batch)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    concise.append(test_correct(net))

for epoch in range(num_epochs):
    print(
        f"迭代周期 {epoch + 1:2d}：从零开始 {scratch[epoch]}/360，简洁实现 {concise[epoch]}/360"
    )
print("参数之差的最大绝对值 < 1e-5：", (net[1].weight - W.T).abs().max().item() < 1e-5)
