import torch
from torch import nn

torch.manual_seed(0)
h = torch.tensor([1.0, 2.0, 3.0, 4.0])
dropout = nn.Dropout(p=0.5)  # 新建的模块处于训练模式
for p in (0.2, 0.5, 0.8):
    dropout.p = p
    out = dropout(h.expand(100_000, 4))
    print(f"p = {p}:")
    print(
        "  variance over draws:", " ".join(f"{v:6.3g}" for v in out.var(dim=0).tolist())
    )
    print(
        "  h² p / (1 - p):     ",
        " ".join(f"{v:6.3g}" for v in (h**2 * p / (1 - p)).tolist()),
    )
