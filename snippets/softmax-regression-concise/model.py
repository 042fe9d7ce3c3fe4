import torch
from torch import nn

torch.manual_seed(0)
# PyTorch 不会自动改变输入的形状：先用展平层把 (n, 1, 8, 8) 变成 (n, 64)
net = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))


def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)


net.apply(init_weights)
print(net)
print(
    "weight：",
    net[1].weight.shape,
    f"标准差 {net[1].weight.std():.4f}",
    "bias：",
    net[1].bias.shape,
    net[1].bias.abs().max().item(),
)
X = torch.rand(64, 1, 8, 8)
print(net[0](X).shape, net(X).shape)
