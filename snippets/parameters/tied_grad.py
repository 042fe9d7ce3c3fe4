import torch
from torch import nn

# 标量例子：同一个权重 w 用两次，y = w * (w * x)
layer = nn.Linear(1, 1, bias=False)
with torch.no_grad():
    layer.weight.fill_(3.0)
x = torch.tensor([[2.0]])
y = layer(layer(x))
y.backward()
print(y.item(), layer.weight.grad.item())

w, x0 = 3.0, 2.0
inner_use = w * x0  # 把外层的 w 当常数，对内层的 w 求导
outer_use = w * x0  # 把内层的 w 当常数，对外层的 w 求导
print(inner_use + outer_use, 2 * w * x0)

# 8x8 的共享层：它的梯度 = 换成两个参数相同的独立层时，两份梯度之和
torch.manual_seed(0)
shared = nn.Linear(8, 8)
first, second = nn.Linear(8, 8), nn.Linear(8, 8)
first.load_state_dict(shared.state_dict())
second.load_state_dict(shared.state_dict())
X = torch.rand(3, 8)
shared(torch.relu(shared(X))).sum().backward()
second(torch.relu(first(X))).sum().backward()
print(torch.allclose(shared.weight.grad, first.weight.grad + second.weight.grad))
print(torch.allclose(shared.weight.grad, second.weight.grad))
