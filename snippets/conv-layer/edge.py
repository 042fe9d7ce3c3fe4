import torch


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


X = torch.ones(6, 8)
X[:, 2:6] = 0  # 中间 4 列是黑的（0），两边是白的（1）
print(X)
K = torch.tensor([[1.0, -1.0]])  # 横向相邻两个像素之差
print(corr2d(X, K))
print(corr2d(X.T, K))  # 转置后边缘变成横的，这个卷积核检测不到
