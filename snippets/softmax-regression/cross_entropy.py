import torch
import torch.nn.functional as F

O = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])  # 2 个样本、3 个类别的 logit
y = torch.tensor([0, 2])  # 真实类别
Y = F.one_hot(y, num_classes=3).float()
Y_hat = torch.softmax(O, dim=1)
print(Y_hat)

l_sum = -(Y * torch.log(Y_hat)).sum(dim=1)  # -Σ_j y_j log ŷ_j
l_pick = -torch.log(Y_hat[[0, 1], y])  # 只剩真实类别那一项
l_lse = torch.logsumexp(O, dim=1) - O[[0, 1], y]  # log Σ_k exp(o_k) - o_y
print(l_sum)
print(l_pick)
print(l_lse)
print(F.cross_entropy(O, y, reduction="none"))
