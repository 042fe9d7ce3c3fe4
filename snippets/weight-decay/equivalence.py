import copy

import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(8, 4), torch.randn(8, 1)
lr, lambd = 0.1, 0.3
net_a = nn.Linear(4, 1)
net_b = copy.deepcopy(net_a)  # 两个完全相同的模型
loss_fn = nn.MSELoss()

# A：优化器的 weight_decay（只作用于权重）
opt_a = torch.optim.SGD(
    [{"params": net_a.weight, "weight_decay": lambd}, {"params": net_a.bias}], lr=lr
)
opt_a.zero_grad()
loss_fn(net_a(X), y).backward()
opt_a.step()

# B：不设 weight_decay，把 λ/2 ‖w‖² 加进损失
opt_b = torch.optim.SGD(net_b.parameters(), lr=lr)
opt_b.zero_grad()
(loss_fn(net_b(X), y) + lambd / 2 * (net_b.weight**2).sum()).backward()
opt_b.step()

print(net_a.weight.data)
print(net_b.weight.data)
print("weights equal:", torch.allclose(net_a.weight, net_b.weight))
print("biases equal: ", torch.allclose(net_a.bias, net_b.bias))
