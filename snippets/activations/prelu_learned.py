import torch
from torch import nn

prelu = nn.PReLU()  # 一个可学习的 alpha，初始值 0.25
print(list(prelu.named_parameters()))

x = torch.tensor([-2.0, -1.0, 0.5, 3.0])
prelu(x).sum().backward()
print(prelu.weight.grad)  # d/d alpha 之和 = sum(min(0, x)) = -2 - 1
print(torch.clamp(x, max=0).sum())

optimizer = torch.optim.SGD(prelu.parameters(), lr=0.1)
optimizer.step()  # alpha <- 0.25 - 0.1 * (-3)
print(prelu.weight)

leaky = nn.LeakyReLU(negative_slope=0.25)  # Leaky ReLU：斜率固定，没有参数
print(list(leaky.parameters()), torch.equal(leaky(x), nn.PReLU()(x)))
