import torch


def f(x):
    return torch.sin(2 * x) + 0.3 * x


x = torch.linspace(-3, 3, 6001, dtype=torch.float64)
for n in [4, 16, 64]:
    t = torch.linspace(-3, 3, n + 1, dtype=torch.float64)  # 节点 t_0, ..., t_n
    slopes = (f(t[1:]) - f(t[:-1])) / (t[1:] - t[:-1])  # 每一段的斜率
    c = torch.cat([slopes[:1], slopes[1:] - slopes[:-1]])  # 输出层权重：斜率的变化量
    H = torch.relu(x.unsqueeze(1) - t[:-1])  # n 个隐藏单元 ReLU(x - t_k)
    g = H @ c + f(t[:1])  # 输出层偏置 b = f(-3)
    delta = 6 / n  # 节点间距
    err = (g - f(x)).abs().max()
    print(
        f"n={n:2d}: max error {err:.6f}, bound Delta^2/2 = {delta**2 / 2:.6f}",
        bool(err <= delta**2 / 2),
    )
