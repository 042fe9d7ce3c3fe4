import torch
from torch.autograd.functional import hessian

torch.manual_seed(0)
o = torch.normal(0, 1, (4,), dtype=torch.float64)
y = 2  # 真实类别


def loss(o):
    return torch.logsumexp(o, dim=0) - o[y]  # 交叉熵损失 l(y, softmax(o))


H = hessian(loss, o)  # 二阶导数 ∂²l / ∂o_i ∂o_j
p = torch.softmax(o, dim=0)
print(H)
print("diag(p) - p p^T：", torch.allclose(H, torch.diag(p) - torch.outer(p, p)))

# 按 p 抽取类别 j，记独热向量 e_j；它的协方差矩阵 Σ_j p_j (e_j - p)(e_j - p)^T
E = torch.eye(4, dtype=torch.float64)
cov = sum(p[j] * torch.outer(E[j] - p, E[j] - p) for j in range(4))
print("Hessian = 协方差矩阵：", torch.allclose(H, cov))
print("对角线 = p_j (1 - p_j)：", torch.allclose(H.diag(), p * (1 - p)))
