import torch
from torch import nn

torch.manual_seed(0)
X = torch.normal(0, 1, (10, 2))
y = X @ torch.tensor([[2.0], [-3.4]]) + 4.2
net = nn.Sequential(nn.Linear(2, 1))
loss = nn.MSELoss()

print("backward 之前：", net[0].weight.grad)
loss(net(X), y).backward()
print("weight.grad：", net[0].weight.grad)
print("bias.grad：  ", net[0].bias.grad)
residual = (net(X) - y).detach()
print(
    "等于 2/n · X^T(ŷ - y)：",
    torch.allclose(net[0].weight.grad, 2 / 10 * residual.T @ X),
)
for name, param in net.named_parameters():  # 按名字遍历所有参数的梯度
    print(name, tuple(param.grad.shape))
