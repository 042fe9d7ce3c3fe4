import torch

torch.manual_seed(0)
c2 = 14387.77  # 第二辐射常数 hc/k，单位 μm·K


def log_planck(wavelength, temperature):
    """普朗克定律的对数，略去常数 log(2hc²)：-5 log λ - log(exp(c2 / (λT)) - 1)"""
    return -5 * torch.log(wavelength) - torch.log(
        torch.expm1(c2 / (wavelength * temperature))
    )


wavelength = torch.linspace(0.3, 3.0, 50, dtype=torch.float64)  # 0.3 到 3 μm
true_temperature = 5800.0  # 单位 K，约为太阳表面的温度
noise = torch.normal(0, 0.02, (50,), dtype=torch.float64)  # 约 2% 的相对测量误差
log_b = log_planck(wavelength, true_temperature) + noise

theta = torch.tensor(
    3.0, dtype=torch.float64, requires_grad=True
)  # T = 1000 θ，从 3000 K 猜起
lr = 0.5
for step in range(201):
    loss = ((log_planck(wavelength, 1000 * theta) - log_b) ** 2).mean() / 2
    loss.backward()
    with torch.no_grad():
        theta -= lr * theta.grad
        theta.grad.zero_()
    if step % 50 == 0:
        print(
            f"step {step:3d}: T = {1000 * theta.item():6.1f} K, loss {loss.item():.6f}"
        )
