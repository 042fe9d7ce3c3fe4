import torch

torch.manual_seed(0)
X = torch.randn(5, 4)  # 5 个样本，4 个输入特征
W1, b1 = torch.randn(4, 8), torch.randn(8)  # 隐藏层：8 个隐藏单元
W2, b2 = torch.randn(8, 3), torch.randn(3)  # 输出层：3 个输出

O_two_layers = (X @ W1 + b1) @ W2 + b2  # 没有激活函数的两层
W, b = W1 @ W2, b1 @ W2 + b2  # 合并成一个仿射变换
O_one_layer = X @ W + b
print(W.shape, b.shape)
print(f"largest |output|: {O_two_layers.abs().max():.2f}")
print(torch.allclose(O_two_layers, O_one_layer, atol=1e-5))

O_relu = torch.relu(X @ W1 + b1) @ W2 + b2  # 加上 ReLU
print(torch.allclose(O_relu, O_one_layer, atol=1e-5))
