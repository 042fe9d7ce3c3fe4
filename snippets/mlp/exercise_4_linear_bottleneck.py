import torch

torch.manual_seed(0)
for num_hiddens in [1, 2, 8]:
    W1 = torch.randn(4, num_hiddens)  # 4 个输入 -> num_hiddens 个隐藏单元
    W2 = torch.randn(num_hiddens, 3)  # -> 3 个输出
    W = W1 @ W2  # 去掉激活函数后合并成的 4 x 3 权重
    print(num_hiddens, torch.linalg.matrix_rank(W).item())
