import torch
from torch import nn

torch.set_printoptions(precision=4)
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


def my_init(m):
    if type(m) is nn.Linear:
        nn.init.uniform_(m.weight, -10, 10)
        with torch.no_grad():
            m.weight *= m.weight.abs() >= 5  # 绝对值小于 5 的置 0


net.apply(my_init)
print(net[0].weight.data[:2])

with torch.no_grad():  # 直接改参数：不要让自动微分记录这一步
    net[0].weight += 1
    net[0].weight[0, 0] = 42
print(net[0].weight.data[0])
print(net[0].weight.is_leaf, net[0].weight.grad_fn)
