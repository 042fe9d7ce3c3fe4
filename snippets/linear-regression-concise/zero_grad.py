import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(2, 1)
X, y = torch.normal(0, 1, (4, 2)), torch.normal(0, 1, (4, 1))
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)

loss(net(X), y).backward()
first = net.weight.grad.clone()
loss(net(X), y).backward()  # 没清零，第二次的梯度累加上去
print(torch.allclose(net.weight.grad, 2 * first))

expected = net.weight.detach() - 0.03 * net.weight.grad
trainer.step()  # 按 w <- w - lr * w.grad 更新
print(torch.allclose(net.weight.detach(), expected))
trainer.zero_grad()
print(net.weight.grad)  # 默认直接置为 None
