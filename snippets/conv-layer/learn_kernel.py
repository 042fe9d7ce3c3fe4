import torch
from torch import nn

X = torch.ones(6, 8)
X[:, 2:6] = 0
K = torch.tensor([[1.0, -1.0]])
Y = torch.nn.functional.conv2d(X.reshape(1, 1, 6, 8), K.reshape(1, 1, 1, 2))

# 只给「输入—输出」对，从随机的卷积核开始学
torch.manual_seed(0)
conv2d = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
X = X.reshape(1, 1, 6, 8)  # （批量大小，通道，高，宽）
lr = 3e-2
for step in range(1, 11):
    l = ((conv2d(X) - Y) ** 2).sum()
    conv2d.zero_grad()
    l.backward()
    with torch.no_grad():
        conv2d.weight -= lr * conv2d.weight.grad
    print(f"step {step:2d}, loss {l.item():.3f}")
print("learned:", conv2d.weight.data.reshape(1, 2))
print("true:   ", K)
