import torch

print(torch.finfo(torch.float32).max)  # float32 能表示的最大有限值
big = torch.tensor([1e20, -1e20])
print(big**2)  # 平方超出范围：上溢为 inf
inf = torch.tensor(float("inf"))
print(inf - inf, 0 * inf)  # 无穷参与运算就会出现 nan
