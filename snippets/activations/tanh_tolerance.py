import torch

x = torch.arange(-80, 81) / 10  # 与上面相同的取点
x.requires_grad_(True)
y = torch.tanh(x)
y.backward(torch.ones_like(x))
y = y.detach()

a, b = x.grad, 1 - y**2
bad = ~torch.isclose(a, b)  # allclose 的默认容差：|a - b| <= 1e-8 + 1e-5 * |b|
print("fails at x =", [round(v, 1) for v in x[bad].tolist()])
print(f"1 - tanh^2 there: {b[bad].min():.2e} .. {b[bad].max():.2e}")
print(f"max |a - b| = {(a - b).abs().max():.2e}, 2^-24 = {2**-24:.2e}")

# 自动微分的结果 = 先在 float64 里算 1 - y*y、最后舍入一次到 float32
print(torch.equal(a, (1 - y.double() ** 2).float()))
