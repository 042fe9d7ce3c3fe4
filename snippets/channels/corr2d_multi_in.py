import torch
import torch.nn.functional as F


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


def corr2d_multi_in(X, K):
    """每个输入通道与对应的卷积核通道做互相关，再把结果加起来。"""
    return sum(corr2d(x, k) for x, k in zip(X, K))


X = torch.tensor(
    [[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]],
     [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]
)  # fmt: skip
K = torch.tensor([[[0.0, 1.0], [2.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]])
print(X.shape, K.shape)
print(corr2d_multi_in(X, K))
# F.conv2d：输入 (1, 2, 3, 3)，卷积核 (1 个输出通道, 2 个输入通道, 2, 2)
print(F.conv2d(X.unsqueeze(0), K.unsqueeze(0))[0, 0])
