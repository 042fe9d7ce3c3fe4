import torch
from torch import nn


def gradients(activation, init, sum_loss=False, depth=20, width=64):
    torch.manual_seed(0)
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(width, width), activation()]
    net = nn.Sequential(*layers, nn.Linear(width, 1))
    linears = [m for m in net if isinstance(m, nn.Linear)]
    for layer in linears:
        init(layer.weight)
        nn.init.zeros_(layer.bias)
    X = torch.randn(128, width)
    grad_output = torch.randn(128, 1)  # 每个样本一个均值为 0、方差为 1 的输出梯度
    if sum_loss:
        grad_output = torch.ones(
            128, 1
        )  # 损失取 net(X).sum()：每个样本的输出梯度都是 1
    last_hidden = net[:-1](X)
    net(X).backward(grad_output)
    norms = [layer.weight.grad.norm().item() for layer in linears]
    return norms[0], norms[depth - 1], last_hidden.var().item()


xavier, he = nn.init.xavier_normal_, nn.init.kaiming_normal_  # He：方差 2/n_in
runs = [(nn.Sigmoid, xavier), (nn.Tanh, xavier), (nn.ReLU, xavier), (nn.ReLU, he)]
for activation, init in runs:
    first, last, variance = gradients(activation, init)
    print(
        f"{activation.__name__:>7} + {init.__name__:<15}: ‖grad‖ layer 1 {first:.2e}, "
        f"layer 20 {last:.2e}, ratio {first / last:.1e}; Var[h20] {variance:.2e}"
    )
for init in (xavier, he):
    first, last, _ = gradients(nn.ReLU, init, sum_loss=True)
    print(
        f"   ReLU + {init.__name__:<15}, loss = sum: ‖grad‖ layer 1 {first:.2e}, "
        f"layer 20 {last:.2e}, ratio {first / last:.1e}"
    )
