import torch
from torch.distributions import Normal

lambd = 3.0
f64 = torch.float64  # 大的 w 相减时保留足够的有效数字
prior = Normal(
    torch.tensor(0.0, dtype=f64), torch.tensor(1 / lambd, dtype=f64).sqrt()
)  # w_i ~ N(0, 1/λ)

torch.manual_seed(0)
for w in (
    torch.zeros(5, dtype=f64),
    torch.randn(5, dtype=f64),
    10 * torch.randn(5, dtype=f64),
):
    neg_log_prior = -prior.log_prob(w).sum()
    penalty = lambd / 2 * (w**2).sum()
    print(f"-log P(w) - λ/2‖w‖² = {neg_log_prior - penalty:.4f}")
const = -5 * prior.log_prob(torch.tensor(0.0, dtype=f64))
print(f"5/2 · log(2π/λ)     = {const:.4f}")
