import matplotlib.pyplot as plt
import torch
from torch.distributions import Multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
counts = Multinomial(10, fair_probs).sample((500,))  # 500 groups of 10 draws
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdim=True)
for groups in [1, 10, 100, 500]:
    print(f"after {groups * 10:4d} draws:", estimates[groups - 1])

fig, ax = plt.subplots(figsize=(6, 3.5))
for i in range(6):
    ax.plot(estimates[:, i], label=f"P(die={i + 1})")
ax.axhline(1 / 6, color="black", linestyle="dashed", label="1/6")
ax.set_xlabel("groups of 10 draws")
ax.set_ylabel("estimated probability")
ax.legend(ncol=2, fontsize=8)
fig.tight_layout()
fig.savefig("die_convergence.svg")
