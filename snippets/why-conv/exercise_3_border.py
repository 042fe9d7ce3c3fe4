import torch
import torch.nn.functional as F

# 8×8 输入、3×3 卷积核、不填充：每个输入像素参与了多少个输出的计算？
ones_input = torch.ones(1, 1, 8, 8, requires_grad=True)
F.conv2d(ones_input, torch.ones(1, 1, 3, 3)).sum().backward()
print(ones_input.grad[0, 0].int())
