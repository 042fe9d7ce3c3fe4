import torch
import torch.nn.functional as F

# 3 个类别：0 猫、1 鸡、2 狗；4 个样本的类别标签
y = torch.tensor([0, 2, 1, 2])
Y = F.one_hot(y, num_classes=3)
print(Y)
print(Y.dtype, Y.sum(dim=1).tolist())  # 每行恰有一个 1
print(Y.argmax(dim=1).tolist())  # 1 所在的位置就是类别
