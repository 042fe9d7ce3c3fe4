import torch

X = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(X.sum(0, keepdim=True), X.sum(0, keepdim=True).shape)  # 沿轴 0：每列求和
print(X.sum(1, keepdim=True), X.sum(1, keepdim=True).shape)  # 沿轴 1：每行求和
print(X.sum(1), X.sum(1).shape)  # 不保留被求和的轴
