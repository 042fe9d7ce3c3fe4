import torch
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.rand(1, 1, 8, 8)
K = torch.rand(1, 1, 3, 3)
Y = F.conv2d(X, K, padding=1)
print("padding=1:", tuple(Y.shape))
# padding=1 等于先在四边各补 1 行（列）0，再不填充地卷积
X_padded = F.pad(X, (1, 1, 1, 1))  # （左，右，上，下）
print("padded input:", tuple(X_padded.shape), torch.equal(F.conv2d(X_padded, K), Y))
# 把 p 当作总数（上下共 1 行）代入公式，会算出 7，与实际不符
n, k, p = 8, 3, 1
print("n - k + p + 1 =", n - k + p + 1, "  n - k + 2p + 1 =", n - k + 2 * p + 1)

# 偶数大小的卷积核没法两边平分：4×4 的核共要补 3 行（列），只能一边 1、一边 2
K4 = torch.rand(1, 1, 4, 4)
print("4x4 kernel, pad (1, 2):", tuple(F.conv2d(F.pad(X, (1, 2, 1, 2)), K4).shape))
