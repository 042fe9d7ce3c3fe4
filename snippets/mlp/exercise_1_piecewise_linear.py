import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(1, 10), nn.ReLU(), nn.Linear(10, 1)).double()
w, b = net[0].weight.squeeze(), net[0].bias
kinks = (-b / w).sort().values  # 第 k 个隐藏单元在 w_k x + b_k = 0 处转折
print("kinks:", [f"{t:.2f}" for t in kinks.tolist()])

with torch.no_grad():
    x = torch.linspace(kinks[0], kinks[-1], 10001, dtype=torch.float64)
    y = net(x.unsqueeze(1)).squeeze()
    y_kinks = net(kinks.unsqueeze(1)).squeeze()
    # 在相邻转折点之间做线性插值：如果网络是分段线性的，插值就等于网络本身
    idx = torch.searchsorted(kinks, x).clamp(1, len(kinks) - 1)
    x0, x1 = kinks[idx - 1], kinks[idx]
    y0, y1 = y_kinks[idx - 1], y_kinks[idx]
    y_interp = y0 + (y1 - y0) * (x - x0) / (x1 - x0)
print("max |net - interpolation| < 1e-12:", bool((y - y_interp).abs().max() < 1e-12))
