import itertools

import torch
import torch.nn.functional as F


def output_size(n, k, p, s):
    """p 是每一边的填充：总共填充 2p。"""
    return (n - k + 2 * p + s) // s


checked, mismatches, too_small, total_padding_misread = 0, 0, 0, 0
for n, k, p, s in itertools.product(range(1, 13), range(1, 8), range(4), range(1, 6)):
    X = torch.zeros(1, 1, n, n + 1)  # 高和宽故意不同
    K = torch.zeros(1, 1, k, k)
    try:
        Y = F.conv2d(X, K, padding=p, stride=s)
    except RuntimeError:  # 填充后的输入比卷积核还小
        too_small += 1
        assert n + 2 * p < k
        continue
    checked += 1
    if Y.shape[2:] != (output_size(n, k, p, s), output_size(n + 1, k, p, s)):
        mismatches += 1
    if Y.shape[2] != (n - k + p + s) // s:  # 把 p 误当作上下的总填充
        total_padding_misread += 1
print(f"configurations checked: {checked}, mismatches: {mismatches}")
print(f"wrong if p were the total padding: {total_padding_misread}")
print(f"rejected (padded input smaller than kernel): {too_small}")
