import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(4, 6, 3, 3)  # (样本, 通道, 高, 宽)


def normalize(X, dims):
    """在 dims 这些轴上减均值、除以标准差（有偏方差，eps 与 PyTorch 相同）。"""
    mean = X.mean(dim=dims, keepdim=True)
    var = X.var(dim=dims, unbiased=False, keepdim=True)
    return (X - mean) / torch.sqrt(var + 1e-5)


groups = X.reshape(4, 2, 3, 3, 3)  # 6 个通道分成 2 组，每组 3 个
layers = {
    "BatchNorm2d（样本、高、宽）": (nn.BatchNorm2d(6), normalize(X, (0, 2, 3))),
    "LayerNorm（通道、高、宽）": (nn.LayerNorm([6, 3, 3]), normalize(X, (1, 2, 3))),
    "InstanceNorm2d（高、宽）": (nn.InstanceNorm2d(6), normalize(X, (2, 3))),
    "GroupNorm（组内的通道、高、宽）": (
        nn.GroupNorm(2, 6),
        normalize(groups, (2, 3, 4)).reshape(4, 6, 3, 3),
    ),
}
for name, (layer, expected) in layers.items():
    print(f"{name}：", torch.allclose(layer(X), expected, atol=1e-5))

# 只有批量规范化的输出依赖同一小批量里的其他样本
X_other = X.clone()
X_other[1:] *= 10
for name, (layer, _) in layers.items():
    same = torch.allclose(layer(X)[0], layer(X_other)[0], atol=1e-5)
    print(f"{name}，第 0 个样本的输出与其他样本无关：", same)
