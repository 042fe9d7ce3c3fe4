import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(1, 1, kernel_size=3, padding=1, bias=False)
X = torch.zeros(1, 1, 12, 12)
X[0, 0, 2:6, 3:6] = torch.rand(4, 3)  # 一个小「物体」
X_moved = torch.roll(X, shifts=(4, 2), dims=(2, 3))  # 向下 4 行、向右 2 列

with torch.no_grad():
    H, H_moved = conv(X), conv(X_moved)
# 先平移再卷积 == 先卷积再平移（比较离边界 1 个像素以外的位置）
inner = (slice(None), slice(None), slice(1, -1), slice(1, -1))
print(torch.allclose(H_moved[inner], torch.roll(H, (4, 2), (2, 3))[inner]))

# 全连接层没有这个性质：同样的平移，输出变成了另一回事
fc = nn.Linear(144, 144, bias=False)
with torch.no_grad():
    G, G_moved = fc(X.reshape(1, -1)), fc(X_moved.reshape(1, -1))
G, G_moved = G.reshape(1, 1, 12, 12), G_moved.reshape(1, 1, 12, 12)
print(torch.allclose(G_moved[inner], torch.roll(G, (4, 2), (2, 3))[inner]))
