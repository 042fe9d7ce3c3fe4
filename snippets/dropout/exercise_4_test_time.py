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
        nn.Dropout(p1),
        nn.Linear(256, 256, dtype=torch.float64),
        nn.ReLU(),
        nn.Dropout(p2),
        nn.Linear(256, 10, dtype=torch.float64),
    )


def accuracy(net, idx):
    net.eval()
    with torch.no_grad():
        correct = (net(X[idx]).argmax(dim=1) == y[idx]).sum().item()
    return f"{correct}/{len(idx)}"


torch.manual_seed(0)
net = make_net(0.2, 0.5)
loader = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]),
    batch_size=64,
    shuffle=True,
    generator=torch.Generator().manual_seed(1),
)
optimizer = torch.optim.SGD(net.parameters(), lr=0.5)
for epoch in range(10):
    net.train()
    for Xb, yb in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(net(Xb), yb).backward()
        optimizer.step()

print("eval mode: ", accuracy(net, test_idx), accuracy(net, test_idx))
net.train()  # 测试时仍打开暂退法
with torch.no_grad():
    for trial in range(3):
        pred = net(X[test_idx]).argmax(dim=1)
        print(
            f"train mode, pass {trial + 1}: {(pred == y[test_idx]).sum().item()}/{len(test_idx)}"
        )
    # 多次前向传播的概率取平均（Monte Carlo dropout）
    probs = torch.stack([net(X[test_idx]).softmax(dim=1) for _ in range(50)]).mean(
        dim=0
    )
    print(
        f"train mode, mean of 50 passes: {(probs.argmax(dim=1) == y[test_idx]).sum().item()}/{len(test_idx)}"
    )
