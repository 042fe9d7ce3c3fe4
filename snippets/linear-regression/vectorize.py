import torch

torch.manual_seed(0)
n, d = 10000, 3
X = torch.normal(0, 1, (n, d))
w = torch.normal(0, 1, (d,))
b = 0.5

y_loop = torch.zeros(n)
for i in range(n):  # Python 循环：每个样本单独算一个点积
    y_loop[i] = torch.dot(X[i], w) + b
y_vec = X @ w + b  # 一次矩阵-向量乘法

print(y_loop.shape, y_vec.shape)
print("结果相同：", torch.allclose(y_loop, y_vec))
print("最大差异小于 1e-6：", (y_loop - y_vec).abs().max().item() < 1e-6)
