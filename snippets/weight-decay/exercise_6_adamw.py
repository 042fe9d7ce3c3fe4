import copy

import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(8, 4), torch.randn(8, 1)
lr, lambd = 0.1, 0.3
net = nn.Linear(4, 1, bias=False)
nets = {name: copy.deepcopy(net) for name in ("Adam wd", "Adam+L2", "AdamW", "Adam")}
opts = {
    "Adam wd": torch.optim.Adam(
        nets["Adam wd"].parameters(), lr=lr, weight_decay=lambd
    ),
    "Adam+L2": torch.optim.Adam(nets["Adam+L2"].parameters(), lr=lr),
    "AdamW": torch.optim.AdamW(nets["AdamW"].parameters(), lr=lr, weight_decay=lambd),
    "Adam": torch.optim.Adam(nets["Adam"].parameters(), lr=lr),
}
for step in range(3):
    for name, model in nets.items():
        opts[name].zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        if name == "Adam+L2":  # 把 λ/2 ‖w‖² 加进损失
            loss = loss + lambd / 2 * (model.weight**2).sum()
        loss.backward()
        opts[name].step()

w = {name: model.weight.detach() for name, model in nets.items()}
print(
    "Adam(weight_decay) == Adam on loss + λ/2‖w‖²:",
    torch.allclose(w["Adam wd"], w["Adam+L2"]),
)
print("AdamW == Adam(weight_decay):", torch.allclose(w["AdamW"], w["Adam wd"]))

# AdamW 的一步：先按 (1 - ηλ) 缩小，再走 Adam 的一步（与 λ 无关）
w0 = torch.randn(1, 4)
a, b = nn.Linear(4, 1, bias=False), nn.Linear(4, 1, bias=False)
a.weight.data.copy_(w0)
b.weight.data.copy_(w0)
opt_a = torch.optim.AdamW(a.parameters(), lr=lr, weight_decay=lambd)
opt_b = torch.optim.Adam(b.parameters(), lr=lr)
for model, opt in ((a, opt_a), (b, opt_b)):
    nn.functional.mse_loss(model(X), y).backward()
    opt.step()
adam_step = b.weight.detach() - w0
print(
    "AdamW step == (1 - ηλ)w + Adam step:",
    torch.allclose(a.weight.detach(), (1 - lr * lambd) * w0 + adam_step),
)
