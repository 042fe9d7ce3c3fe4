import numpy as np

rng = np.random.default_rng(0)
X = rng.random((2, 3))  # 2 个样本、3 个类别的 logit


def softmax_wrong(x):
    return np.exp(x) / np.sum(np.exp(x))  # 对所有元素求和


def softmax_rowwise(x):
    x_exp = np.exp(x - x.max(axis=1, keepdims=True))  # 减去每行的最大值，防止上溢
    return x_exp / x_exp.sum(axis=1, keepdims=True)  # 每行各自求和


np.set_printoptions(precision=4)
print(
    "对全部元素求和：每行之和",
    softmax_wrong(X).sum(axis=1),
    "，全部之和",
    f"{softmax_wrong(X).sum():.4f}",
)
print("按行求和：      每行之和", softmax_rowwise(X).sum(axis=1))
# 第 0 个样本单独计算，与放在小批量里计算
print("对全部元素求和：", softmax_wrong(X[:1]), softmax_wrong(X)[:1])
print("按行求和：      ", softmax_rowwise(X[:1]), softmax_rowwise(X)[:1])
