import torch
from torch.distributions import Normal

torch.set_default_dtype(torch.float64)  # 大的 w 相减时保留足够的有效数字

lambd = 3.0
prior = Normal(0.0, (1 / lambd) ** 0.5)  # 每个 w_i ~ N(0, 1/λ)，彼此独立

torch.manual_seed(0)
for w in (torch.zeros(5), torch.randn(5), 10 * torch.randn(5)):
    neg_log_prior = -prior.log_prob(w).sum()
    penalty = lambd / 2 * (w**2).sum()
    print(f"-log P(w) - λ/2‖w‖² = {neg_log_prior - penalty:.4f}")
const = -5 * Normal(0.0, (1 / lambd) ** 0.5).log_prob(torch.tensor(0.0))
print(f"5/2 · log(2π/λ)     = {const:.4f}")
