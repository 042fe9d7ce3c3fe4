import torch
from torch import nn


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


def corr2d_multi_in(X, K):
    return sum(corr2d(x, k) for x, k in zip(X, K))


def corr2d_multi_in_out(X, K):
    """K 的形状是 (c_o, c_i, k_h, k_w)：每个输出通道有自己的一组多输入通道卷积核。"""
    return torch.stack([corr2d_multi_in(X, k) for k in K])


X = torch.tensor(
    [[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]],
     [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]
)  # fmt: skip
K = torch.tensor([[[0.0, 1.0], [2.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]])
K = torch.stack((K, K + 1, K + 2))  # 3 个输出通道
print(K.shape)
Y = corr2d_multi_in_out(X, K)
print(Y)

conv = nn.Conv2d(2, 3, kernel_size=2, bias=False)
print(conv.weight.shape)  # nn.Conv2d 的卷积核也是 (c_o, c_i, k_h, k_w)
with torch.no_grad():
    conv.weight.copy_(K)
    print(torch.equal(conv(X.unsqueeze(0))[0], Y))
