import numpy as np
import torch
from scipy.signal import convolve2d, correlate2d


def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i : i + h, j : j + w] * K).sum()
    return Y


X = torch.arange(16.0).reshape(4, 4)
K = torch.tensor([[1.0, 2.0], [3.0, 4.0]])  # 不对称的卷积核
print("cross-correlation:\n", corr2d(X, K))
# 严格的卷积 = 把卷积核上下、左右都翻转，再做互相关
K_flipped = torch.flip(K, dims=(0, 1))
print("flipped kernel:\n", K_flipped)
print("convolution:\n", corr2d(X, K_flipped))

# 与 SciPy 的定义对照：correlate2d 是互相关，convolve2d 是卷积
X_np, K_np = X.numpy(), K.numpy()
print(np.array_equal(correlate2d(X_np, K_np, mode="valid"), corr2d(X, K).numpy()))
print(
    np.array_equal(convolve2d(X_np, K_np, mode="valid"), corr2d(X, K_flipped).numpy())
)
