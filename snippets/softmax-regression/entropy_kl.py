import torch


def entropy(p):
    return -(p * torch.log(p)).sum()


def cross_entropy(p, q):
    return -(p * torch.log(q)).sum()


def kl(p, q):
    return (p * torch.log(p / q)).sum()


p = torch.tensor([0.5, 0.25, 0.25], dtype=torch.float64)
q = torch.tensor([0.7, 0.2, 0.1], dtype=torch.float64)
print(
    f"H(p) = {entropy(p):.4f} 纳特 = {entropy(p) / torch.log(torch.tensor(2.0)):.4f} 比特"
)
print(
    f"H(p, q) = {cross_entropy(p, q):.4f}, H(p) + KL(p‖q) = {entropy(p) + kl(p, q):.4f}"
)
print(f"KL(p‖q) = {kl(p, q):.4f}, KL(q‖p) = {kl(q, p):.4f}, KL(p‖p) = {kl(p, p):.4f}")

# 1000 对随机分布：KL 都不小于 0，H(p, q) 都不小于 H(p)
torch.manual_seed(0)
P = torch.softmax(torch.normal(0, 1, (1000, 3), dtype=torch.float64), dim=1)
Q = torch.softmax(torch.normal(0, 1, (1000, 3), dtype=torch.float64), dim=1)
kls = (P * torch.log(P / Q)).sum(dim=1)
print(f"最小的 KL：{kls.min():.2e}，全部 ≥ 0：{bool((kls >= 0).all())}")

# q 越接近 p，KL 越接近 0；只有 q = p 时等于 0
for eps in [0.1, 0.01, 0.001, 0.0]:
    q_near = p + torch.tensor([eps, -eps, 0.0], dtype=torch.float64)
    print(f"eps = {eps}: KL(p‖q) = {kl(p, q_near):.3e}")
