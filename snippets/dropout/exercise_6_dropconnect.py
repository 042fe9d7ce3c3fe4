import torch

torch.manual_seed(0)
W = torch.randn(3, 4)
x = torch.randn(4)
p, n = 0.5, 100_000
# 对权重的每个元素独立地抽掩码（DropConnect），而不是对激活值
masks = (torch.rand(n, 3, 4) > p).float()
outputs = (masks * W / (1 - p)) @ x  # 每次抽样得到一个输出，形状 (n, 3)
print("Wx:                 ", [round(v, 2) for v in (W @ x).tolist()])
print("mean over 100k masks:", [round(v, 2) for v in outputs.mean(dim=0).tolist()])
