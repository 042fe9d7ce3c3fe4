from torch import nn


def count(layer):
    return sum(p.numel() for p in layer.parameters())


# device="meta"：只记录形状，不分配内存，十亿个参数也能「建」出来
fc = nn.Linear(1000 * 1000, 1000, device="meta")  # 百万像素的图像 -> 1000 个隐藏单元
conv = nn.Conv2d(1, 1, kernel_size=3, device="meta")  # 一个 3×3 的卷积核
print(f"fully connected: {count(fc):,} parameters")
print(f"3x3 convolution: {count(conv):,} parameters")

# 本站的 8×8 数字上也一样：64 个输入 -> 64 个输出
print(f"8x8 -> 8x8, fully connected: {count(nn.Linear(64, 64)):,}")
print(f"8x8 -> 8x8, 3x3 conv (padding 1): {count(nn.Conv2d(1, 1, 3, padding=1)):,}")
