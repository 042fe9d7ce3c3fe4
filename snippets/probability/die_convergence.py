import matplotlib.pyplot as plt
import torch
from torch.distributions import Multinomial

torch.manual_seed(0)
p = 1 / 6
counts = Multinomial(10, torch.full((6,), p)).sample((500,))  # 500 groups of 10 draws
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdim=True)
n = 10 * torch.arange(1, 501)  # draws so far
sd = (p * (1 - p) / n) ** 0.5  # standard deviation of one frequency after n draws
for groups in [1, 10, 100, 500]:
    i = groups - 1
    print(f"after {n[i]:4d} draws:", estimates[i])
    deviation = (estimates[i] - p).abs().max()
    print(f"  largest deviation {deviation:.4f}, sqrt(p(1-p)/n) = {sd[i]:.4f}")

fig, ax = plt.subplots(figsize=(6, 3.5))
for face in range(6):
    ax.plot(n, estimates[:, face], linewidth=1, label=f"P(die={face + 1})")
ax.axhline(p, color="black", linestyle="dashed", label="1/6")
ax.plot(n, p + 2 * sd, color="gray", linestyle="dotted", label="1/6 ± 2 sd")
ax.plot(n, p - 2 * sd, color="gray", linestyle="dotted")
ax.set_xlabel("number of draws n")
ax.set_ylabel("estimated probability")
ax.set_ylim(0, 0.35)
ax.legend(ncol=2, fontsize=8)
fig.tight_layout()
fig.savefig("die_convergence.svg")
