import matplotlib.pyplot as plt
import torch


def f(x):  # 要逼近的曲线
    return torch.sin(2 * x) + 0.3 * x


x = torch.linspace(-3, 3, 601, dtype=torch.float64).unsqueeze(1)  # 紧区间 [-3, 3]


def fit(num_hiddens):
    # 隐藏层：第 k 个单元是 ReLU(x - t_k)，转折点 t_k 均匀地铺在 [-3, 3) 上
    W1 = torch.ones(1, num_hiddens, dtype=torch.float64)
    b1 = -torch.linspace(-3, 3, num_hiddens + 1, dtype=torch.float64)[:-1]
    H = torch.relu(x @ W1 + b1)
    # 输出层：用最小二乘求 W2 和 b2（H 后面补一列 1 对应 b2）
    A = torch.cat([H, torch.ones_like(x)], dim=1)
    w = torch.linalg.lstsq(A, f(x)).solution
    return A @ w


fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(x, f(x), "k", lw=3, alpha=0.3, label="$f(x)$")
for num_hiddens in [2, 4, 8, 16, 32, 64]:
    y_hat = fit(num_hiddens)
    print(f"{num_hiddens:2d} hidden units: max error {(y_hat - f(x)).abs().max():.4f}")
    if num_hiddens in [2, 4, 16]:
        # 画到 6 位小数：最小二乘的最后几位随线程数而变，图不应随之变
        ax.plot(x, y_hat.round(decimals=6), label=f"{num_hiddens} hidden units")
ax.set_xlabel("$x$")
ax.legend()
fig.tight_layout()
fig.savefig("universal_approx.svg")
