from itertools import pairwise

import torch
from torch import nn


def build(config):
    """由一份描述（只含数字和字符串）重建架构。"""
    layers = []
    sizes = config["sizes"]
    for n_in, n_out in pairwise(sizes):
        layers += [nn.Linear(n_in, n_out), nn.ReLU()]
    return nn.Sequential(*layers[:-1])  # 输出层后面不要 ReLU


config = {"sizes": [20, 64, 10]}
torch.manual_seed(0)
net = build(config)
torch.save({"config": config, "model": net.state_dict()}, "model.pt")

loaded = torch.load("model.pt")  # weights_only=True 即可：里面只有数字、字符串和张量
clone = build(loaded["config"])
clone.load_state_dict(loaded["model"])
X = torch.rand(2, 20)
print(clone)
print(torch.equal(clone(X), net(X)))
