import torch


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


def corr2d_multi_in_out(X, K):
    return torch.stack([sum(corr2d(x, k) for x, k in zip(X, Ks)) for Ks in K])


def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    return (K.reshape(K.shape[0], c_i) @ X.reshape(c_i, h * w)).reshape(-1, h, w)


torch.manual_seed(0)
X = torch.normal(0, 1, (3, 3, 3))
K = torch.normal(0, 1, (2, 3, 1, 1))
Y1 = corr2d_multi_in_out_1x1(X, K)
Y2 = corr2d_multi_in_out(X, K)
print(
    "close:",
    torch.allclose(Y1, Y2),
    " max difference < 1e-6:",
    bool((Y1 - Y2).abs().max() < 1e-6),
)

# 数学上相同，浮点数上不一定：加法的顺序会影响舍入
a, b, c = torch.tensor(1e8), torch.tensor(-1e8), torch.tensor(1.0)  # float32
print("(a + b) + c =", ((a + b) + c).item(), "  a + (b + c) =", (a + (b + c)).item())
