import torch
from torch import nn


def first_layer_grad(activation, depth=20, width=64):
    torch.manual_seed(0)
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(width, width), activation()]
    net = nn.Sequential(*layers, nn.Linear(width, 1))
    for module in net:
        if isinstance(module, nn.Linear):
            nn.init.xavier_normal_(module.weight)
            nn.init.zeros_(module.bias)
    X = torch.randn(128, width)
    net(X).sum().backward()
    return net[0].weight.grad.norm().item(), net[-1].weight.grad.norm().item()


for activation in (nn.Sigmoid, nn.Tanh, nn.ReLU):
    first, last = first_layer_grad(activation)
    print(
        f"{activation.__name__:>7}: ‖grad‖ first layer {first:.3e}, last layer {last:.3e}"
    )
