import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = (
    torch.tensor(digits.images, dtype=torch.float64).unsqueeze(1) / 16
)  # float64：见正文
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test


def make_net(p1, p2):
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(64, 256, dtype=torch.float64),
        nn.ReLU(),
        nn.Dropout(p1),  # 第一个隐藏层之后
        nn.Linear(256, 256, dtype=torch.float64),
        nn.ReLU(),
        nn.Dropout(p2),  # 第二个隐藏层之后
        nn.Linear(256, 10, dtype=torch.float64),
    )


def accuracy(net, idx):
    net.eval()  # 评估模式：暂退法关闭
    with torch.no_grad():
        correct = (net(X[idx]).argmax(dim=1) == y[idx]).sum().item()
    return f"{correct}/{len(idx)}"


def train(p1, p2, num_epochs=10, lr=0.5):
    torch.manual_seed(0)  # 初始值相同；暂退法的掩码也从这个全局生成器抽取
    net = make_net(p1, p2)
    train_set = TensorDataset(X[train_idx], y[train_idx])
    loader = DataLoader(
        train_set,
        batch_size=64,
        shuffle=True,
        generator=torch.Generator().manual_seed(1),  # 打乱用自己的生成器：批次顺序相同
    )
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(num_epochs):
        net.train()  # 训练模式：暂退法打开
        for Xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(net(Xb), yb)
            loss.backward()
            optimizer.step()
    print(
        f"dropout ({p1}, {p2}): train acc {accuracy(net, train_idx)}, "
        f"test acc {accuracy(net, test_idx)}"
    )


train(0.0, 0.0)
train(0.2, 0.5)
