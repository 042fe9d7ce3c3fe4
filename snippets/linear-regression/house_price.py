import torch

# 3 套房子，每套 2 个特征：面积（平方米）、房龄（年）
X = torch.tensor([[80.0, 10.0], [120.0, 3.0], [60.0, 25.0]])
w = torch.tensor([0.5, -0.2])  # 每个特征的权重（万元/平方米、万元/年）
b = 10.0  # 偏置（万元）

for i in range(3):  # 一个样本一个样本地算：y_hat = w^T x + b
    print(f"样本 {i}: {float(w @ X[i] + b):.1f}")
print("一次矩阵-向量乘法：", X @ w + b)  # b 按广播机制加到每个样本上
