import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]
X28 = F.interpolate(X, size=(28, 28), mode="bilinear", align_corners=False)


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10),
    )  # fmt: skip


def init_weights(m):
    if type(m) in (nn.Linear, nn.Conv2d):
        nn.init.xavier_uniform_(m.weight)


torch.manual_seed(0)
net = lenet()
net.apply(init_weights)
# 初始化之后、训练之前：输出对不同的输入几乎一样
with torch.no_grad():
    logits = net(X28[test_idx])
print(f"std of logits across images:  {logits.std(dim=0).mean():.4f}")
print(f"std of logits across classes: {logits.std(dim=1).mean():.4f}")
# 第一个小批量上各层权重的梯度范数：越靠近输入越小
loss = nn.CrossEntropyLoss()(net(X28[train_idx[:256]]), y[train_idx[:256]])
loss.backward()
for name, param in net.named_parameters():
    if name.endswith("weight"):
        print(f"layer {name:9s} gradient norm {param.grad.norm():.4f}")
