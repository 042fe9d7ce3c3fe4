import torch

x = torch.arange(-80, 81) / 10  # 与上面相同的取点
x.requires_grad_(True)
y = torch.tanh(x)
y.backward(torch.ones_like(x))
grad, x, y = x.grad, x.detach(), y.detach()
ulp = 2**-24  # float32 在 [0.5, 1) 里相邻两数的间距

a, b = grad, 1 - y**2
bad = ~torch.isclose(a, b)  # allclose 的默认容差：|a - b| <= 1e-8 + 1e-5 * |b|
print("fails at x =", [round(v, 1) for v in x[bad].tolist()])
print(f"1 - tanh^2 there: {b[bad].min():.2e} .. {b[bad].max():.2e}")
tolerance = 1e-8 + 1e-5 * b[bad].abs()
print(f"tolerance there:  {tolerance.min():.2e} .. {tolerance.max():.2e}")

# 误差从哪里来：y**2 舍入到 float32（y 是 float32，y*y 在 float64 里是精确的）
y2_error = ((y**2).double() - y.double() ** 2).abs()
print(f"rounding error of y**2 there: up to {y2_error[bad].max() / ulp:.2f} × 2^-24")
big = y**2 >= 0.5  # 此时 1 - y**2 这一步减法没有舍入
print(
    "1 - y**2 exact where y**2 >= 0.5:",
    torch.equal((1 - y**2)[big].double(), 1 - (y**2)[big].double()),
)

worst = (a - b).abs().argmax()
print(
    f"max |a - b| = {(a - b).abs().max() / ulp:.0f} × 2^-24 at x = {x[worst]:.1f}, y**2 = {y[worst] ** 2:.3f}"
)
for value in (5.0, 6.0, 7.0):
    i = (x == value).nonzero().item()
    k = (1 - y[i].double()) / ulp
    print(
        f"x = {value:.0f}: 1 - y = {k:.0f} × 2^-24, error of y**2 {y2_error[i] / ulp:.4f} × 2^-24"
    )

# 自动微分的结果 = 先在 float64 里算 1 - y*y、最后舍入一次到 float32
print(torch.equal(a, (1 - y.double() ** 2).float()))
