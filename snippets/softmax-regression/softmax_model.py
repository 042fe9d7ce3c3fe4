import torch

torch.manual_seed(0)
n, d, q = 2, 4, 3  # 2 个样本，每个样本 4 个特征（2×2 灰度图像的像素），3 个类别
X = torch.rand(n, d)
W = torch.normal(0, 1, (d, q))
b = torch.zeros(q)
print("参数个数：", W.numel() + b.numel())

O = X @ W + b  # 未规范化的预测（logit），形状 (n, q)
O_exp = torch.exp(O)
Y_hat = O_exp / O_exp.sum(dim=1, keepdim=True)  # 按行做 softmax
print(O)
print(Y_hat)
print("每行之和：", Y_hat.sum(dim=1))
print("最大值的位置：", O.argmax(dim=1).tolist(), Y_hat.argmax(dim=1).tolist())
print("单个样本 o = W^T x + b：", torch.allclose(O[0], W.T @ X[0] + b))
