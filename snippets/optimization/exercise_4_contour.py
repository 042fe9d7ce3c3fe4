import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)
X, y = X.double(), y.double()  # 双精度：让很小的变化不被舍入误差淹没


def loss_fn(w):  # b 固定为 4.2，只看 w 平面上的等高线
    return 0.5 * ((X @ w + 4.2 - y) ** 2).mean()


w = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
loss_fn(w).backward()
g = w.grad
t = torch.stack([-g[1], g[0]]) / g.norm()  # 与梯度垂直的单位向量：等高线的切向
u = g / g.norm()  # 梯度方向的单位向量
with torch.no_grad():
    for eps in [0.1, 0.01, 0.001]:
        along_t = loss_fn(w + eps * t) - loss_fn(w)
        along_u = loss_fn(w + eps * u) - loss_fn(w)
        print(f"eps {eps}: 沿切向的变化 {along_t:.2e}, 沿梯度方向的变化 {along_u:.2e}")
