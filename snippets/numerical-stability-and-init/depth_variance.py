import itertools

import torch
from torch import nn

torch.manual_seed(0)
widths = [512, 256, 1024, 512, 256, 512, 1024, 512, 256, 512, 512]  # 10 个线性层
X = torch.randn(1000, widths[0])  # 方差为 1 的输入


def variances(init):
    torch.manual_seed(1)
    layers = [
        nn.Linear(n_in, n_out, bias=False) for n_in, n_out in itertools.pairwise(widths)
    ]
    for layer in layers:
        init(layer.weight)
    X_ = X.clone().requires_grad_(True)
    H, forward = X_, []
    for layer in layers:
        H = layer(H)
        forward.append(H.var().item())
    H.backward(torch.randn_like(H))  # 方差为 1 的「输出梯度」
    return forward, X_.grad.var().item()


inits = {
    "N(0, 1)": nn.init.normal_,
    "default": lambda w: None,  # nn.Linear 自带的初始化
    "xavier": nn.init.xavier_normal_,
}
for name, init in inits.items():
    forward, backward = variances(init)
    print(f"{name:>8}: output variance by layer", " ".join(f"{v:.3g}" for v in forward))
    print(f"{'':>8}  variance of the input gradient {backward:.3g}")
