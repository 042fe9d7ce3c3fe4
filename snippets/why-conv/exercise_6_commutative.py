import torch
import torch.nn.functional as F


def conv2d_full(f, g):
    """二维离散卷积 (f * g)(i, j) = sum_{a, b} f(a, b) g(i - a, j - b)，保留所有重叠位置。"""
    kh, kw = g.shape
    padded = F.pad(f[None, None], (kw - 1, kw - 1, kh - 1, kh - 1))
    # 互相关加上翻转的核就是卷积
    return F.conv2d(padded, torch.flip(g, dims=(0, 1))[None, None])[0, 0]


torch.manual_seed(0)
f = torch.randint(-3, 4, (3, 4)).float()
g = torch.randint(-3, 4, (2, 5)).float()
print(conv2d_full(f, g).shape, conv2d_full(g, f).shape)
print(torch.equal(conv2d_full(f, g), conv2d_full(g, f)))
